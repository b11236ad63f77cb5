package io.sparktune.trainer;

import io.sparktune.space.SearchSpace;
import io.sparktune.trial.Objective;
import java.nio.file.Path;

/**
 * What a trainer factory knows of the study besides its own options.
 *
 * @param baseDirectory the folder of the study file: relative paths in options resolve against it
 */
public record TrainerSetup(String studyName, long seed, Objective objective, SearchSpace space,
        Path baseDirectory) {
}
