package io.sparktune.trainer;

import io.sparktune.spec.Options;

/**
 * Builds a {@link Trainer} from the study file's {@code trainer} object (its fields besides
 * {@code type}). Registered in {@code META-INF/services/io.sparktune.trainer.TrainerFactory}.
 */
public interface TrainerFactory {

    /** The JSON name: the {@code trainer.type} that selects this trainer. */
    String type();

    /**
     * A trainer for these options; bad options are reported through {@link Options}, never thrown.
     * Must be cheap (load data lazily, on the first trial): validation calls it too.
     */
    Trainer create(Options options, TrainerSetup setup);
}
