package io.sparktune.runner.spark;

import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.StoreAccess;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a Spark executor needs to run trials of one study, and all that travels to it with each
 * task: how to reach the study's store, the study's id there, and the study file's text with the
 * folder its relative paths resolve against. The executor rebuilds the trainer and the scheduler
 * from the text ({@link StudySpecReader}), because the parsed study holds parts that are not
 * {@link Serializable} (a dataset's spec, JSON trees).
 *
 * @param store how executor-side code opens the study's store
 * @param studyId the study's id in that store
 * @param studyJson the study file's text, as the driver read it
 * @param baseDirectory the folder relative paths of the study file resolve against, as a string
 *     ({@link Path} is not serializable); it must name the same data on every machine
 */
public record StudyHandle(StoreAccess store, String studyId, String studyJson, String baseDirectory)
        implements Serializable {

    public StudyHandle {
        Objects.requireNonNull(store, "store");
        if (studyId == null || studyId.isBlank()) {
            throw new IllegalArgumentException("a non-blank studyId must hold, but got \"" + studyId + "\"");
        }
        Objects.requireNonNull(studyJson, "studyJson");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
    }

    /** The handle of study {@code studyId} whose file {@code spec} was read from {@code studyJson}. */
    public static StudyHandle of(StoreAccess store, String studyId, String studyJson, StudySpec spec) {
        return new StudyHandle(store, studyId, studyJson, spec.baseDirectory().toString());
    }

    /** Reads the study file again, as an executor does. */
    public StudySpec readSpec() {
        return StudySpecReader.read(studyJson, Path.of(baseDirectory));
    }
}
