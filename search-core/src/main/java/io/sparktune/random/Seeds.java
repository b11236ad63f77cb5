package io.sparktune.random;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Deterministic seeds: a trial's generator depends only on (study seed, trial number, purpose).
 * The mixing is SplitMix64's finaliser (Steele, Lea and Flood 2014, "Fast splittable pseudorandom
 * number generators"), so neighbouring trial numbers get unrelated streams.
 */
public final class Seeds {

    /** Purposes, so that two uses of randomness for one trial do not share a stream. */
    public static final long SAMPLING = 0x5A3D1E5L;
    public static final long TRAINING = 0x7A1A1E5L;

    private Seeds() {
    }

    /** The generator a sampler uses to propose trial {@code trialNumber} of a study seeded {@code studySeed}. */
    public static RandomGenerator forTrial(long studySeed, int trialNumber) {
        return new SplittableRandom(seed(studySeed, trialNumber, SAMPLING));
    }

    /** A seed for one purpose of one trial, such as the weight initialisation of the network it trains. */
    public static long seed(long studySeed, int trialNumber, long purpose) {
        return mix(mix(studySeed ^ mix(purpose)) + mix(trialNumber + 0x9E3779B97F4A7C15L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
