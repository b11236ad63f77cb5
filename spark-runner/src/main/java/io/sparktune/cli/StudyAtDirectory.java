package io.sparktune.cli;

import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.store.StudyStore;
import io.sparktune.study.Study;
import java.time.Clock;

/** A study kept in a study directory, opened for {@code ask}, {@code tell} and {@code best}. */
record StudyAtDirectory(StudyDirectory directory, StudySpec spec, StudyStore store, Study study) {

    /** Opens the study of an existing directory; relative paths in its file resolve against the directory. */
    static StudyAtDirectory open(StudyDirectory directory, Clock clock) {
        return open(directory, directory.readSpec(directory.path()), clock);
    }

    static StudyAtDirectory open(StudyDirectory directory, StudySpec spec, Clock clock) {
        StudyStore store = directory.openStore(spec.objective().direction());
        Study study = new Study(spec.name(), spec.seed(), spec.space(), Samplers.create(spec.strategy()),
                Schedulers.create(spec.scheduler()), store, clock);
        return new StudyAtDirectory(directory, spec, store, study);
    }

    /** Rewrites {@code trials.jsonl} and {@code best.json} from the store, as it is now. */
    void refreshFiles() {
        directory.writeTrials(store.history());
        store.history().best().ifPresent(best ->
                directory.writeBest(spec.name(), spec.objective().direction(), best));
    }
}
