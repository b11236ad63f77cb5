package io.sparktune.runner.spark;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.store.StudyStore;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.Trainers;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A study as an executor JVM runs its trials: its store, its trainer and its scheduler, made once
 * per JVM and study and shared by every task of that study that runs there, so that a trial costs
 * no store connection and no trainer set-up (a trainer loads its dataset once, see
 * {@code Datasets.load}).
 */
record PreparedStudy(StudyStore store, Trainer trainer, Scheduler scheduler) {

    private static final ConcurrentMap<StudyHandle, PreparedStudy> PREPARED = new ConcurrentHashMap<>();

    /**
     * The prepared study of {@code handle} in this JVM, made on first use.
     *
     * @throws RuntimeException when the study file fails validation here, or the store cannot be
     *     reached (nothing is kept then, so the next task tries again)
     */
    static PreparedStudy of(StudyHandle handle) {
        PreparedStudy prepared = PREPARED.get(handle);
        return prepared != null ? prepared : PREPARED.computeIfAbsent(handle, PreparedStudy::prepare);
    }

    private static PreparedStudy prepare(StudyHandle handle) {
        StudySpec spec = handle.readSpec();
        Trainer trainer = Trainers.create(spec.trainer(), spec.trainerSetup());
        Scheduler scheduler = Schedulers.create(spec.scheduler());
        return new PreparedStudy(handle.store().open(handle.studyId()), trainer, scheduler);
    }
}
