package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparktune.space.SearchSpace;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trial.Objective;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated study file.
 *
 * @param strategy the sampler ({@code strategy.type}, {@code strategy.options})
 * @param scheduler the scheduler, or empty for no early stopping
 * @param trainer what runs a trial: {@code trainer.type} and its other fields as options
 * @param baseDirectory the folder of the study file; relative paths in it resolve here
 * @param source the JSON exactly as the user gave it, kept so that nothing they wrote is lost
 */
public record StudySpec(String name, long seed, Objective objective, SearchSpace space, ComponentSpec strategy,
        Optional<ComponentSpec> scheduler, Budget budget, ComponentSpec trainer, Path baseDirectory,
        JsonNode source) {

    public StudySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        source = source == null ? null : source.deepCopy();
    }

    /** What the trainer factory is told of this study. */
    public TrainerSetup trainerSetup() {
        return new TrainerSetup(name, seed, objective, space, baseDirectory);
    }
}
