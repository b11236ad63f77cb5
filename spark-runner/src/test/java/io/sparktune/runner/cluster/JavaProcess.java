package io.sparktune.runner.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JVM of a test cluster, its standard output and error going to a log file. Stopping it is
 * bounded in time: a process that does not end on SIGTERM is killed.
 */
public final class JavaProcess implements Logged, AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration GRACE = Duration.ofSeconds(10);
    /** Longer lines of a log (a command line of 200 jars) are cut when a test prints it. */
    private static final int LINE_WIDTH = 400;

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command}; its output goes to {@code log}. */
    public static JavaProcess start(String name, JavaCommand command, Path log) {
        try {
            Files.createDirectories(command.workDir());
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command.commandLine())
                    .directory(command.workDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(command.env());
            return new JavaProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command.commandLine(), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Its log as it is now. */
    public String output() {
        try {
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until a line of its log matches {@code pattern} and returns the match.
     *
     * @throws IllegalStateException when the process ends first, or {@code timeout} passes
     */
    public Matcher awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<Matcher> match = output().lines().map(pattern::matcher).filter(Matcher::find).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with exit code " + process.exitValue()
                        + " before a line matched " + pattern + "\n" + logs());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no line of " + name + " matched " + pattern + " within " + timeout
                        + "\n" + logs());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Waits for it to end; returns its exit code, or empty when {@code timeout} passed first. */
    public Optional<Integer> waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    /** The processes it started, and theirs, alive now. */
    public List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /**
     * {@code kill -9}: the process and every process it started (a Spark worker's executors) end at
     * once, as when a machine is lost.
     */
    public void kill() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitEnd(process.toHandle());
        tree.forEach(JavaProcess::awaitEnd);
    }

    /** SIGTERM, then {@code kill -9} for what has not ended within a grace period. */
    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitEnd(process.toHandle());
        tree.forEach(JavaProcess::awaitEnd);
    }

    @Override
    public String logs() {
        return tail(name + " (pid " + process.pid() + (process.isAlive() ? ", running" : ", ended") + ")", log, 80);
    }

    /** The last {@code lines} lines of {@code file} under a heading. */
    static String tail(String heading, Path file, int lines) {
        StringBuilder text = new StringBuilder("---- ").append(heading).append(": ").append(file).append('\n');
        try {
            List<String> all = Files.exists(file)
                    ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList() : List.of();
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> text.append(
                    l.length() > LINE_WIDTH ? l.substring(0, LINE_WIDTH) + " [...]" : l).append('\n'));
        } catch (IOException | UncheckedIOException e) {
            text.append("(cannot read it: ").append(e.getMessage()).append(")\n");
        }
        return text.toString();
    }

    private static void awaitEnd(ProcessHandle handle) {
        try {
            handle.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // it was killed with SIGKILL; the OS ends it, only the wait timed out
        }
    }
}
