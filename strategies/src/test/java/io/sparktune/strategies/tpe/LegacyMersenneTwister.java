package io.sparktune.strategies.tpe;

import java.util.random.RandomGenerator;

/**
 * The doubles of NumPy's legacy {@code numpy.random.RandomState(seed)}, which Optuna 3.1's samplers
 * draw from: the Mersenne Twister MT19937 (Matsumoto and Nishimura 1998, "Mersenne Twister: a
 * 623-dimensionally equidistributed uniform pseudo-random number generator", ACM TOMACS 8), seeded
 * by the paper authors' {@code init_genrand} recurrence, each double built from two 32-bit outputs
 * as {@code genrand_res53} does ({@code (a >>> 5) * 2^26 + (b >>> 6)} over {@code 2^53}). Only
 * {@link #nextDouble()} is meant to be used; {@code nextDouble(low, high)} then gives
 * {@code low + (high - low) u} as NumPy's {@code uniform} does. For tests that replay Optuna.
 */
final class LegacyMersenneTwister implements RandomGenerator {

    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index = N;

    LegacyMersenneTwister(long seed) {
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
    }

    private int next32() {
        if (index >= N) {
            for (int k = 0; k < N; k++) {
                int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
                mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    @Override
    public double nextDouble() {
        long a = (next32() >>> 5) & 0x7ffffffL;
        long b = (next32() >>> 6) & 0x3ffffffL;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("only doubles, as Optuna's TPE and random samplers draw them");
    }
}
