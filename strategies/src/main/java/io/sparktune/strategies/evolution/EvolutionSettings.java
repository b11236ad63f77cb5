package io.sparktune.strategies.evolution;

import java.util.Objects;

/**
 * The settings of regularized evolution, named as in Real et al. (2019).
 *
 * @param population P, how many of the most recent trials form the population (at least 2)
 * @param sampleSize S, how many members a tournament draws, {@code 1 <= S <= P}
 * @param mutation how the changed parameter gets its new value
 * @param perturbationScale for {@link Mutation#PERTURB}: the standard deviation of a numeric step,
 *     as a fraction of the parameter's range in its transformed space, in {@code (0, 1]}
 */
public record EvolutionSettings(int population, int sampleSize, Mutation mutation, double perturbationScale) {

    public static final int DEFAULT_POPULATION = 100;
    public static final int DEFAULT_SAMPLE_SIZE = 10;
    public static final double DEFAULT_PERTURBATION_SCALE = 0.2;
    /** The largest population accepted: the window is scanned on every proposal. */
    public static final int MAX_POPULATION = 100_000;

    public EvolutionSettings {
        if (population < 2 || population > MAX_POPULATION) {
            throw new IllegalArgumentException("2 <= population <= " + MAX_POPULATION
                    + " must hold, but got population=" + population);
        }
        if (sampleSize < 1 || sampleSize > population) {
            throw new IllegalArgumentException("1 <= sampleSize <= population must hold, but got sampleSize="
                    + sampleSize + ", population=" + population);
        }
        Objects.requireNonNull(mutation, "mutation");
        if (!(perturbationScale > 0 && perturbationScale <= 1)) {
            throw new IllegalArgumentException("0 < perturbationScale <= 1 must hold, but got perturbationScale="
                    + perturbationScale);
        }
    }

    /** The defaults: P = 100, S = 10, numbers perturbed with a scale of 0.2. */
    public static EvolutionSettings defaults() {
        return new EvolutionSettings(DEFAULT_POPULATION, DEFAULT_SAMPLE_SIZE, Mutation.PERTURB,
                DEFAULT_PERTURBATION_SCALE);
    }

    /** These settings with another population P and sample size S. */
    public EvolutionSettings withPopulation(int newPopulation, int newSampleSize) {
        return new EvolutionSettings(newPopulation, newSampleSize, mutation, perturbationScale);
    }
}
