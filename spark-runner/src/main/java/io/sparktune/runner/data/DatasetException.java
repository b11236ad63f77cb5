package io.sparktune.runner.data;

/**
 * A dataset could not be loaded. The message is for a person and says what to do: which files are
 * missing and the command that fetches them, or the file, line and column of a bad value.
 */
public final class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
