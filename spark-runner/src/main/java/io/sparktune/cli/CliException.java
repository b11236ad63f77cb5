package io.sparktune.cli;

/** Ends a command with an exit code and a message for the user (no stack trace). */
final class CliException extends RuntimeException {

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Bad input: exit code 2. */
    static CliException badInput(String message) {
        return new CliException(ExitCodes.BAD_INPUT, message);
    }

    /** The command could not do its work: exit code 1. */
    static CliException failure(String message) {
        return new CliException(ExitCodes.FAILURE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
