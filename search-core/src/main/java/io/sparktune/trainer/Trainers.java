package io.sparktune.trainer;

import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Registry;

/** The registered trainers, by JSON name. */
public final class Trainers {

    private static final Registry<TrainerFactory> REGISTRY =
            Registry.load("trainer", TrainerFactory.class, TrainerFactory::type);

    private Trainers() {
    }

    public static Registry<TrainerFactory> registry() {
        return REGISTRY;
    }

    /** The trainer that {@code spec} names, or a SpecException. */
    public static Trainer create(ComponentSpec spec, TrainerSetup setup) {
        return REGISTRY.create(spec, "$.trainer.type", (factory, options) -> factory.create(options, setup));
    }
}
