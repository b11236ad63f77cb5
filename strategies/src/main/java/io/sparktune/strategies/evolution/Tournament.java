package io.sparktune.strategies.evolution;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Tournament selection (Goldberg and Deb 1991), as regularized evolution uses it: S members drawn
 * uniformly without replacement from the population, the best of them wins (see
 * {@link Member#beats}: valued members beat unvalued ones, ties go to the newer trial).
 */
final class Tournament {

    private Tournament() {
    }

    /** The winner of one tournament of {@code sampleSize} members of {@code population}. */
    static Member select(List<Member> population, int sampleSize, RandomGenerator rng) {
        Member winner = null;
        for (int index : sample(population.size(), sampleSize, rng)) {
            Member m = population.get(index);
            if (winner == null || m.beats(winner)) {
                winner = m;
            }
        }
        return winner;
    }

    /**
     * {@code k} distinct indices below {@code n}, uniformly: the first k places of a Fisher-Yates
     * shuffle of 0..n-1, in the order they are drawn.
     */
    static int[] sample(int n, int k, RandomGenerator rng) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("1 <= k <= n must hold, but got k=" + k + ", n=" + n);
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        return java.util.Arrays.copyOf(indices, k);
    }
}
