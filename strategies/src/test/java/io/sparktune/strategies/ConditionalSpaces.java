package io.sparktune.strategies;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;

/** Spaces shared by the strategies' tests. */
public final class ConditionalSpaces {

    private ConditionalSpaces() {
    }

    /** optimizer in {sgd, adam}; momentum in {0.0, 0.5, 0.9} only when the optimizer is sgd. */
    public static SearchSpace optimizerWithMomentum() {
        return SearchSpace.of(
                Parameter.of("optimizer", CategoricalDomain.of("sgd", "adam")),
                new Parameter("momentum", CategoricalDomain.of(0.0, 0.5, 0.9), Condition.on("optimizer", "sgd")));
    }
}
