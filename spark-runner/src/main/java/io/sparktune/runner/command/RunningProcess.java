package io.sparktune.runner.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One started process: its standard output read line by line on a thread of its own into a queue
 * (so that waiting for a line can be interrupted and timed out), its standard error drained on
 * another thread into a bounded tail (so the process never blocks on a full pipe). Closing it
 * stops the process if it still runs.
 */
final class RunningProcess implements AutoCloseable {

    /** How long a process may take to end after it was asked to, before it is killed. */
    static final Duration GRACE_PERIOD = Duration.ofSeconds(5);

    private static final String END = new String("end of output");

    private final Process process;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final OutputTail stderr = new OutputTail(20, 2000);
    private final Thread stderrReader;
    private volatile IOException readFailure;
    private boolean ended;

    private RunningProcess(Process process, String name) {
        this.process = process;
        pump(process.getInputStream(), name + "-stdout", stdout::add, e -> readFailure = e,
                () -> stdout.add(END));
        // Standard error only feeds the failure message; stopping the process closes it mid-read.
        this.stderrReader = pump(process.getErrorStream(), name + "-stderr", stderr::add, e -> { }, () -> { });
    }

    /** Starts {@code builder}'s process, writes {@code input} to its standard input and closes it. */
    static RunningProcess start(ProcessBuilder builder, byte[] input, String name) throws IOException {
        RunningProcess running = new RunningProcess(builder.start(), name);
        try (OutputStream in = running.process.getOutputStream()) {
            in.write(input);
        } catch (IOException e) {
            // The process exited or closed its input without reading it: its exit code tells the rest.
        }
        return running;
    }

    /**
     * The next line of standard output, or {@code null} once the output has ended.
     *
     * @param deadlineNanos a {@link System#nanoTime()} after which to give up, or {@link Long#MAX_VALUE}
     */
    String nextLine(long deadlineNanos) throws InterruptedException, TimeoutException, IOException {
        if (ended) {
            return null;
        }
        String line = deadlineNanos == Long.MAX_VALUE ? stdout.take()
                : stdout.poll(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (line == null) {
            throw new TimeoutException();
        }
        if (line == END) {
            ended = true;
            if (readFailure != null) {
                throw readFailure;
            }
            return null;
        }
        return line;
    }

    /** Waits for the process to exit and its standard error to be drained; returns its exit code. */
    int waitFor(long deadlineNanos) throws InterruptedException, TimeoutException {
        boolean exited = deadlineNanos == Long.MAX_VALUE ? waitForever()
                : process.waitFor(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (!exited) {
            throw new TimeoutException();
        }
        // A child the process left behind may hold the pipe open; do not wait for it for long.
        stderrReader.join(GRACE_PERIOD.toMillis());
        return process.exitValue();
    }

    private boolean waitForever() throws InterruptedException {
        process.waitFor();
        return true;
    }

    /** The last lines the process wrote on its standard error. */
    String stderrTail() {
        return stderr.text();
    }

    long pid() {
        return process.pid();
    }

    /** Asks the process (and what it started) to end; kills them after {@link #GRACE_PERIOD}. */
    void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(GRACE_PERIOD.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private static Thread pump(InputStream stream, String name, Consumer<String> sink, Consumer<IOException> failure,
            Runnable end) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                failure.accept(e);
            } finally {
                end.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
