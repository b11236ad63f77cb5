package io.sparktune.runner.dl4j.model;

/**
 * Reduce-on-plateau: after {@code patience} epochs without a better validation loss, the learning
 * rate is multiplied by {@code factor}, but not below {@code minLearningRate} (as Keras' and
 * PyTorch's {@code ReduceLROnPlateau}). {@link PlateauTracker} applies it epoch by epoch.
 */
public record Plateau(int patience, double factor, double minLearningRate) {

    public Plateau {
        if (patience < 1) {
            throw new IllegalArgumentException("patience >= 1 must hold, but got " + patience);
        }
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("0 < factor < 1 must hold, but got " + factor);
        }
        if (!(minLearningRate >= 0) || Double.isInfinite(minLearningRate)) {
            throw new IllegalArgumentException("minLearningRate >= 0 must hold, but got " + minLearningRate);
        }
    }

    /** The learning rate after one reduction of {@code learningRate}. */
    public double reduce(double learningRate) {
        return Math.max(minLearningRate, learningRate * factor);
    }

    /** A tracker of this rule for one training run that starts at {@code initialLearningRate}. */
    public PlateauTracker tracker(double initialLearningRate) {
        return new PlateauTracker(this, initialLearningRate);
    }
}
