package io.sparktune.cli;

import io.sparktune.runner.studydir.StudyDirectoryException;
import io.sparktune.spec.SpecException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: its output streams, {@code --debug}, and one mapping from exceptions
 * to exit codes, so that bad input ends with its message and code 2, never with a stack trace.
 */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", description = "Print the stack trace of an unexpected error.")
    boolean debug;

    /** Does the command's work; returns its exit code. */
    abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (SpecException | StudyDirectoryException e) {
            err().println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (CliException e) {
            err().println(e.getMessage());
            return e.exitCode();
        } catch (Exception e) {
            err().println(spec.qualifiedName() + ": " + describe(e)
                    + (debug ? "" : " (--debug prints the stack trace)"));
            if (debug) {
                e.printStackTrace(err());
            }
            return ExitCodes.FAILURE;
        } finally {
            out().flush();
            err().flush();
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static String describe(Exception e) {
        if (e instanceof UncheckedIOException u && u.getMessage() != null) {
            return u.getMessage();
        }
        String message = e.getMessage();
        String first = message == null || message.isBlank() ? ""
                : ": " + message.lines().findFirst().orElse(message);
        return "internal error: " + e.getClass().getSimpleName() + first;
    }
}
