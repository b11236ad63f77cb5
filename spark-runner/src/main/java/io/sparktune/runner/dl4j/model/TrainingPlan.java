package io.sparktune.runner.dl4j.model;

import java.util.Objects;
import java.util.Optional;
import org.nd4j.linalg.dataset.DataSet;

/**
 * How to train a built network: minibatch size, the most epochs, the reduce-on-plateau rule when
 * the schedule is {@code plateau}, and how the features must be laid out.
 */
public record TrainingPlan(int batchSize, int maxEpochs, Optional<Plateau> plateau, FeatureLayout layout) {

    public TrainingPlan {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize >= 1 must hold, but got " + batchSize);
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("maxEpochs >= 1 must hold, but got " + maxEpochs);
        }
        Objects.requireNonNull(plateau, "plateau");
        Objects.requireNonNull(layout, "layout");
    }

    /**
     * The DataSet as this network wants it (for the lstm, {@code [n, size]} becomes DL4J's NCW
     * {@code [n, featuresPerStep, steps]}); labels unchanged. The same object for mlp and cnn. Cheap
     * enough to run once on a whole prepared dataset, before it is split into minibatches.
     */
    public DataSet adapt(DataSet data) {
        if (layout instanceof FeatureLayout.AsIs) {
            return data;
        }
        return new DataSet(layout.arrange(data.getFeatures()), data.getLabels());
    }
}
