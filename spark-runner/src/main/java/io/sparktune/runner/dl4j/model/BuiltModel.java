package io.sparktune.runner.dl4j.model;

import java.util.Objects;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

/** The network of one trial and how to train it. */
public record BuiltModel(MultiLayerConfiguration configuration, TrainingPlan plan) {

    public BuiltModel {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(plan, "plan");
    }
}
