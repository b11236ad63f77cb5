package io.sparktune.cli;

/** The exit codes of every command. */
final class ExitCodes {

    /** The command did its work (for {@code run}: the study ran, even if some trials failed). */
    static final int OK = 0;
    /** The command failed: the study stopped at maxFailures, no completed trial yet, an internal error. */
    static final int FAILURE = 1;
    /** Bad input: a bad study file, flag or argument, or a folder that is not the study directory asked for. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
