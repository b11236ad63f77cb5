package io.sparktune.dashboard.server;

/** Why {@code sparktune server} cannot start, with its exit code: 2 for a bad flag, 1 otherwise. */
final class ServerFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private ServerFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static ServerFailure badFlag(String message) {
        return new ServerFailure(message, ServerCommand.BAD_INPUT);
    }

    static ServerFailure cannotStart(String message) {
        return new ServerFailure(message, ServerCommand.FAILURE);
    }

    int exitCode() {
        return exitCode;
    }
}
