package io.sparktune.runner.dashboard;

import io.sparktune.cluster.ClusterSettings;
import io.sparktune.runner.cluster.JvmFlags;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard in a JVM of its own ({@code sparktune server --connect ...}), a client of a control
 * plane, that ends when this process ends (it watches this process) or when closed. Its output goes
 * to a log file.
 */
public final class DashboardProcess implements AutoCloseable {

    /** The line the dashboard prints once it serves. */
    static final Pattern READY = Pattern.compile("^sparktune dashboard: (\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);

    private final Process process;
    private final CompletableFuture<String> ready;
    private final Path log;

    private DashboardProcess(Process process, CompletableFuture<String> ready, Path log) {
        this.process = process;
        this.ready = ready;
        this.log = log;
    }

    /**
     * Starts a dashboard on 127.0.0.1:{@code httpPort} over the control plane {@code cluster} (which may
     * still be starting: the dashboard waits for it as any client does); {@link #awaitReady()} waits
     * until it serves.
     */
    public static DashboardProcess start(DashboardInstallation installation, ClusterSettings cluster, int httpPort,
            Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmFlags.HAZELCAST);
        command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-cp", installation.classpath(),
                DashboardInstallation.MAIN_CLASS, "--connect", String.join(",", cluster.addresses()),
                "--cluster-name", cluster.clusterName(), "--http-host", "127.0.0.1", "--http-port",
                String.valueOf(httpPort), "--parent-pid", String.valueOf(ProcessHandle.current().pid())));
        Process process;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the dashboard: " + e.getMessage(), e);
        }
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread copier = new Thread(() -> copy(process, log, ready), "sparktune-dashboard-log");
        copier.setDaemon(true);
        copier.start();
        return new DashboardProcess(process, ready, log);
    }

    /**
     * Waits until the dashboard serves, and returns its address.
     *
     * @throws IllegalStateException when it does not start (its log is named) or the wait is interrupted
     */
    public String awaitReady() {
        try {
            return ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the wait for the dashboard was interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("it did not serve within " + START_TIMEOUT.toSeconds() + "s; see " + log,
                    e);
        }
    }

    /** Copies the dashboard's output to {@code log}, and completes {@code ready} with its URL. */
    private static void copy(Process process, Path log, CompletableFuture<String> ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    ready.complete(m.group(1));
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the dashboard ended before it served"));
    }

    /** Where the dashboard is ({@code http://127.0.0.1:8265/}), once {@link #awaitReady()} returned. */
    public String url() {
        return ready.getNow(null);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the dashboard (SIGTERM, then SIGKILL after a wait). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
