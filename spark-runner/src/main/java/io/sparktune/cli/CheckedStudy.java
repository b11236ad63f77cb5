package io.sparktune.cli;

import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.spec.UserFile;
import io.sparktune.trainer.Trainers;
import java.nio.file.Path;

/**
 * A study file that passed every check {@code run} makes before a trial starts: the file itself,
 * then its strategy, scheduler and trainer built once. {@code submit} checks this way before it
 * starts anything on a cluster, so a bad file fails in a second, with the same messages as
 * {@code run}, rather than after a Spark application has started.
 */
record CheckedStudy(UserFile file, StudySpec spec) {

    /** Reads and checks {@code path}; a bad file ends with a SpecException naming each JSON path. */
    static CheckedStudy read(Path path) {
        UserFile file = UserFile.read(path, "a study file");
        StudySpec spec = StudySpecReader.read(file);
        Samplers.create(spec.strategy());
        Schedulers.create(spec.scheduler());
        Trainers.create(spec.trainer(), spec.trainerSetup());
        return new CheckedStudy(file, spec);
    }
}
