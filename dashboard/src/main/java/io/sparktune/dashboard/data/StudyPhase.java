package io.sparktune.dashboard.data;

import java.util.Locale;

/** Where a study stands, as the control plane knows it. */
public enum StudyPhase {
    /** Created, but no driver has run it yet (or its driver left without a word). */
    IDLE,
    /** A driver is running it. */
    RUNNING,
    /** Someone asked it to stop; its driver is ending the trials in flight. */
    STOPPING,
    /** Its driver finished it: the budget was spent, it was stopped, or it failed. */
    ENDED;

    /** The name in JSON and on the page: {@code running}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
