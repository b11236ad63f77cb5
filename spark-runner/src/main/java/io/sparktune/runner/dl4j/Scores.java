package io.sparktune.runner.dl4j;

/**
 * A network's validation metrics after some training.
 *
 * @param loss the mean loss per example
 * @param accuracy the accuracy, or NaN for regression
 */
record Scores(double loss, double accuracy) {

    double get(Metric metric) {
        return metric == Metric.VAL_LOSS ? loss : accuracy;
    }
}
