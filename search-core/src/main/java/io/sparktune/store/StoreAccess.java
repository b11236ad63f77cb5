package io.sparktune.store;

import java.io.Serializable;

/**
 * How code in another process (a Spark executor) reaches the store of a study that already exists.
 * It travels with the work it is handed to, so it is {@link Serializable}; an implementation keeps
 * its connections per process and shares them between calls.
 */
public interface StoreAccess extends Serializable {

    /**
     * The store of study {@code studyId}.
     *
     * @throws IllegalStateException when the store cannot be reached or holds no such study
     */
    StudyStore open(String studyId);
}
