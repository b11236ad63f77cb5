package io.sparktune.dashboard.server;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * {@code sparktune server}: the launcher runs this main class in a JVM of its own, with the
 * dashboard's class path and never Spark's.
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with {@code args}; returns its exit code (0 stopped, 1 cannot start, 2 bad flag). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new ServerCommand()).setCommandName("sparktune server");
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("sparktune server: internal error: " + e);
            return ServerCommand.FAILURE;
        });
        return line.execute(args);
    }
}
