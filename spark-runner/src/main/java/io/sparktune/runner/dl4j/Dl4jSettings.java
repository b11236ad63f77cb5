package io.sparktune.runner.dl4j;

import io.sparktune.runner.data.DatasetSpec;
import io.sparktune.trial.Reduce;
import java.util.Map;
import java.util.Objects;

/**
 * What the study file's {@code trainer} object says, checked.
 *
 * @param model the network template: mlp, cnn or lstm
 * @param dataset the data every trial trains on
 * @param reportEvery 0: report after every epoch (the step is the epoch); N: every N iterations
 *     (the step is the iteration)
 * @param fixed the hyperparameters fixed in the trainer object, as Java values
 * @param metric the metric reported to the scheduler
 * @param reduce how the reported values become the trial's value
 */
record Dl4jSettings(String model, DatasetSpec dataset, int reportEvery, Map<String, Object> fixed, Metric metric,
        Reduce reduce) {

    Dl4jSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dataset, "dataset");
        if (reportEvery < 0) {
            throw new IllegalArgumentException("reportEvery >= 0 must hold, but got " + reportEvery);
        }
        fixed = Map.copyOf(fixed);
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(reduce, "reduce");
    }

    /** The trial's hyperparameters: the fixed ones and the trial's own (a name is never in both). */
    Map<String, Object> hyperparameters(Map<String, Object> params) {
        Map<String, Object> all = new java.util.HashMap<>(fixed);
        all.putAll(params);
        return all;
    }
}
