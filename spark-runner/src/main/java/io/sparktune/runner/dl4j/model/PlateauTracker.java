package io.sparktune.runner.dl4j.model;

import java.util.OptionalDouble;

/**
 * Applies a {@link Plateau} to one training run: fed the validation loss after each epoch, it says
 * when the learning rate drops. Mutable and not thread-safe: one per run.
 */
public final class PlateauTracker {

    private final Plateau plateau;
    private double learningRate;
    private double best = Double.POSITIVE_INFINITY;
    private int epochsWithoutImprovement;

    PlateauTracker(Plateau plateau, double initialLearningRate) {
        if (!(initialLearningRate > 0) || Double.isInfinite(initialLearningRate)) {
            throw new IllegalArgumentException("initialLearningRate > 0 must hold, but got " + initialLearningRate);
        }
        this.plateau = plateau;
        this.learningRate = initialLearningRate;
    }

    /** The learning rate for the next epoch. */
    public double learningRate() {
        return learningRate;
    }

    /**
     * Records the validation loss of the epoch that just ended; returns the new learning rate when it
     * drops now (the caller sets it on the network), empty otherwise. A NaN loss counts as no
     * improvement.
     */
    public OptionalDouble epochEnded(double validationLoss) {
        if (validationLoss < best) {
            best = validationLoss;
            epochsWithoutImprovement = 0;
            return OptionalDouble.empty();
        }
        epochsWithoutImprovement++;
        if (epochsWithoutImprovement < plateau.patience()) {
            return OptionalDouble.empty();
        }
        epochsWithoutImprovement = 0;
        double next = plateau.reduce(learningRate);
        if (next >= learningRate) {
            return OptionalDouble.empty();
        }
        learningRate = next;
        return OptionalDouble.of(next);
    }
}
