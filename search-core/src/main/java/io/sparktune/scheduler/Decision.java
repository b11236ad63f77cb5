package io.sparktune.scheduler;

/** What a scheduler decides for a trial that reported. */
public enum Decision {
    CONTINUE,
    STOP
}
