package io.sparktune.trial;

/**
 * Where a trial stands: {@code WAITING -> RUNNING -> COMPLETED | PRUNED | FAILED}, plus {@code STALE}
 * for a trial whose worker stopped sending heartbeats.
 */
public enum TrialState {
    WAITING,
    RUNNING,
    COMPLETED,
    PRUNED,
    FAILED,
    STALE;

    /** Whether the trial has ended; an ended attempt never changes again. */
    public boolean isFinished() {
        return this != WAITING && this != RUNNING;
    }

    /** The lower-case name used in JSON and on the command line. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The state for a JSON name, case-insensitively. */
    public static java.util.Optional<TrialState> fromJsonName(String name) {
        for (TrialState s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
