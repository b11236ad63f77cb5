package io.sparktune.runner.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A running driver JVM whose output is streamed, line by line, to {@code submit}'s own output and
 * error. Interrupting the thread that waits for it (Ctrl-C on {@code submit}) stops the driver as
 * Ctrl-C would: SIGTERM, so that it ends its trials and writes its files, then {@code kill -9} if it
 * has not ended within {@link #STOP_GRACE}.
 */
public final class DriverProcess {

    /**
     * How long a driver told to stop may take to end its trials and write its files: less than the
     * 15 seconds {@code submit} gets from its own shutdown hook, so that the driver is not left behind
     * when {@code submit} itself is stopped.
     */
    public static final Duration STOP_GRACE = Duration.ofSeconds(12);

    private final Process process;
    private final Thread outPump;
    private final Thread errPump;

    private DriverProcess(Process process, PrintWriter out, PrintWriter err) {
        this.process = process;
        this.outPump = pump(process.getInputStream(), out, "driver-out");
        this.errPump = pump(process.getErrorStream(), err, "driver-err");
    }

    /** Starts {@code command}; its output goes to {@code out} and {@code err} as it comes. */
    public static DriverProcess start(List<String> command, PrintWriter out, PrintWriter err) {
        try {
            Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            return new DriverProcess(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the driver JVM (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the driver to end and its output to be copied; returns its exit code.
     *
     * @throws InterruptedException after stopping the driver, when the waiting thread was interrupted
     */
    public int waitFor() throws InterruptedException {
        try {
            int code = process.waitFor();
            outPump.join();
            errPump.join();
            return code;
        } catch (InterruptedException e) {
            stop();
            throw e;
        }
    }

    /** SIGTERM, then {@code kill -9} after {@link #STOP_GRACE}; waits for its output to be copied. */
    public void stop() {
        process.destroy();
        boolean interrupted = false;
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            outPump.join(STOP_GRACE.toMillis());
            errPump.join(STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public long pid() {
        return process.pid();
    }

    private static Thread pump(InputStream from, PrintWriter to, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (to) {
                        to.println(line);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // the driver ended and its pipe closed; what it wrote before is copied
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
