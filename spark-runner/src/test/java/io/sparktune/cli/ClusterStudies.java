package io.sparktune.cli;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.trial.Trial;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

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

    /**
     * Waits until {@code count} trials of {@code study} have ended on the control plane, so a test can
     * break something in the middle of the study; fails when the study ended first.
     */
    static void awaitEnded(HazelcastInstance client, String study, int count,
            CompletableFuture<Cli.Result> submitted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (submitted.isDone()) {
                throw new AssertionError("the study ended before the test could break it: " + submitted.get());
            }
            long ended = new HazelcastStudies(client).open(study).map(s -> s.history().trials().stream()
                    .filter(Trial::isFinished).count()).orElse(0L);
            if (ended >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(count + " trials did not end within 3 minutes");
    }
}
