package io.sparktune.runner.dl4j;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The minibatches of one epoch: the training examples in an order shuffled (Fisher-Yates) by a
 * generator seeded from the trial's seed and the epoch number only, so a trial's learning curve is
 * the same on any machine; the last batch may be smaller. Each batch is a copy of its rows, made
 * when it is needed: the shared training data is never changed, and an epoch holds one batch at a time.
 */
final class Minibatches {

    private Minibatches() {
    }

    /** The example order of {@code epoch} (1-based) for a trial with this seed. */
    static int[] order(int examples, long trialSeed, int epoch) {
        int[] order = new int[examples];
        for (int i = 0; i < examples; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(trialSeed * 0x9E3779B97F4A7C15L + epoch);
        for (int i = examples - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** How many batches an epoch over {@code examples} has. */
    static int count(int examples, int batchSize) {
        return (examples + batchSize - 1) / batchSize;
    }

    /** Batch {@code index} (0-based) of an epoch over flat {@code data} in {@code order}. */
    static DataSet batch(DataSet data, int[] order, int index, int batchSize) {
        int from = index * batchSize;
        int[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
        return new DataSet(Nd4j.pullRows(data.getFeatures(), 1, rows), Nd4j.pullRows(data.getLabels(), 1, rows));
    }
}
