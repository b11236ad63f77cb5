package io.sparktune.cli;

/** Study files for the cluster tests: small, so that a study on a real cluster takes seconds. */
final class ClusterStudies {

    private ClusterStudies() {
    }

    /**
     * An MLP on the digits with random search and ASHA (rungs at epochs 1 and 3); a learning rate of
     * 1000 diverges, so trials end completed, pruned and failed.
     */
    static String digits(String name, int trials, String learningRates, int maxFailures) {
        return """
                {"name": "%s", "seed": 4,
                 "objective": {"metric": "val_accuracy", "direction": "maximize"},
                 "space": {
                   "units": {"type": "int", "low": 16, "high": 48},
                   "learningRate": {"type": "categorical", "choices": [%s]}
                 },
                 "strategy": {"type": "random"},
                 "scheduler": {"type": "asha", "options": {"maxT": 3, "gracePeriod": 1, "reductionFactor": 3}},
                 "budget": {"maxTrials": %d, "maxConcurrent": 2, "maxFailures": %d},
                 "trainer": {"type": "dl4j", "model": "mlp", "dataset": "digits", "layers": 1,
                             "activation": "leakyrelu", "optimizer": "momentum", "batchSize": 32, "maxEpochs": 3}}
                """.formatted(name, learningRates, trials, maxFailures);
    }

    /** Branin with {@code steps} reports per trial and ASHA, {@code concurrent} trials at a time. */
    static String branin(String name, int trials, int steps, int concurrent) {
        return """
                {"name": "%s", "seed": 42,
                 "objective": {"metric": "value", "direction": "minimize"},
                 "space": {
                   "x0": {"type": "float", "low": -5, "high": 10},
                   "x1": {"type": "float", "low": 0, "high": 15}
                 },
                 "strategy": {"type": "random"},
                 "scheduler": {"type": "asha", "options": {"maxT": %d, "gracePeriod": 1, "reductionFactor": 3}},
                 "budget": {"maxTrials": %d, "maxConcurrent": %d},
                 "trainer": {"type": "function", "name": "branin", "steps": %d}}
                """.formatted(name, steps, trials, concurrent, steps);
    }
}
