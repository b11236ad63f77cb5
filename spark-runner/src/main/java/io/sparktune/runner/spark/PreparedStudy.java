package io.sparktune.runner.spark;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.store.StudyStore;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.Trainers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A study as an executor JVM runs its trials: its store, its trainer and its scheduler, made once
 * per JVM and study and shared by every task of that study that runs there, so that a trial costs
 * no store connection and no trainer set-up (a trainer loads its dataset once, see
 * {@code Datasets.load}).
 */
record PreparedStudy(StudyStore store, Trainer trainer, Scheduler scheduler) {

    /**
     * By the handle's serialized form: every task brings its own copy of the handle, and a
     * {@link io.sparktune.store.StoreAccess} need not define {@code equals}.
     */
    private static final ConcurrentMap<ByteBuffer, PreparedStudy> PREPARED = new ConcurrentHashMap<>();

    /**
     * The prepared study of {@code handle} in this JVM, made on first use.
     *
     * @throws RuntimeException when the study file fails validation here, or the store cannot be
     *     reached (nothing is kept then, so the next task tries again)
     */
    static PreparedStudy of(StudyHandle handle) {
        ByteBuffer key = ByteBuffer.wrap(serialized(handle));
        PreparedStudy prepared = PREPARED.get(key);
        return prepared != null ? prepared : PREPARED.computeIfAbsent(key, k -> prepare(handle));
    }

    private static byte[] serialized(StudyHandle handle) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(handle);
        } catch (IOException e) {
            throw new UncheckedIOException("the handle of study " + handle.studyId() + " cannot be serialized", e);
        }
        return bytes.toByteArray();
    }

    private static PreparedStudy prepare(StudyHandle handle) {
        StudySpec spec = handle.readSpec();
        Trainer trainer = Trainers.create(spec.trainer(), spec.trainerSetup());
        Scheduler scheduler = Schedulers.create(spec.scheduler());
        return new PreparedStudy(handle.store().open(handle.studyId()), trainer, scheduler);
    }
}
