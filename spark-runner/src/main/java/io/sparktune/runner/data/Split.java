package io.sparktune.runner.data;

import java.util.Random;

/**
 * The deterministic shuffled split into a training and a validation part. The validation part
 * holds {@code ceil(fraction * n)} examples, the rule of scikit-learn's {@code train_test_split}
 * (1,797 digits at 0.2: 360 validation, 1,437 training), and at least one example is left on each
 * side. The order comes from a Fisher-Yates shuffle (Durstenfeld's in-place form; Knuth, TAOCP vol. 2,
 * Algorithm P) driven by {@link Random}, whose generator the Java API specifies exactly, so one
 * seed gives one split on every JVM.
 */
final class Split {

    private Split() {
    }

    /** How many of {@code n} examples go to validation. */
    static int validationCount(int n, double fraction) {
        if (n < 2) {
            throw new IllegalArgumentException("n >= 2 must hold to split, but got " + n);
        }
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("0 < fraction < 1 must hold, but got " + fraction);
        }
        // The small tolerance keeps 0.1 * 30 = 3.0000000000000004 at 3.
        long count = (long) Math.ceil(fraction * n - 1e-9);
        return (int) Math.max(1, Math.min(n - 1, count));
    }

    /** A permutation of 0..n-1 that depends on {@code seed} only: validation takes its first indices. */
    static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
