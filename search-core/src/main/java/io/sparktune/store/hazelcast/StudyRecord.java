package io.sparktune.store.hazelcast;

import io.sparktune.trial.Direction;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A study as the control plane lists it: its id, the direction its history is judged in, and the
 * study file it was created from, so that any process (a Spark driver submitted later, the
 * dashboard, {@code sparktune status}) can read what the study is without the file at hand.
 *
 * @param id the study's name, unique in its cluster
 * @param studyJson the study file's text, as it was when the study was created
 * @param createdAt when the study was first created
 */
public record StudyRecord(String id, Direction direction, String studyJson, Instant createdAt) implements Serializable {

    public StudyRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a non-blank id must hold, but got " + (id == null ? "null" : "\"" + id
                    + "\""));
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(studyJson, "studyJson");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
