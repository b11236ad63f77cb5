package io.sparktune.runner.command;

/** A trial's process failed: its message says how, with the end of the process's standard error. */
public final class CommandFailedException extends Exception {

    public CommandFailedException(String message) {
        super(message);
    }
}
