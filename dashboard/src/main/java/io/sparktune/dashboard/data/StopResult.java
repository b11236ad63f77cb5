package io.sparktune.dashboard.data;

/** What a request to stop a study did. */
public enum StopResult {
    /** The stop is recorded; the study's driver ends its trials in flight and stops. */
    REQUESTED,
    /** The study had already ended (or a stop was already asked for): nothing changed. */
    ALREADY_ENDED,
    /** There is no study with that id. */
    UNKNOWN_STUDY
}
