package io.sparktune.strategies.evolution;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerFactory;
import io.sparktune.spec.Options;
import java.util.Arrays;
import java.util.List;

/**
 * {@code "strategy": {"type": "evolution", "options": {"population": 100, "sampleSize": 10,
 * "mutation": "perturb", "perturbationScale": 0.2}}}; every option is optional (see the package
 * comment).
 */
public final class EvolutionSamplerFactory implements SamplerFactory {

    static final List<String> MUTATIONS = Arrays.stream(Mutation.values()).map(Mutation::jsonName).toList();

    @Override
    public String type() {
        return "evolution";
    }

    @Override
    public Sampler create(Options options) {
        return new EvolutionSampler(read(options));
    }

    /** The settings the options give; a bad value is reported to {@code options} and its default used. */
    static EvolutionSettings read(Options options) {
        int population = options.getInt("population", EvolutionSettings.DEFAULT_POPULATION, 2,
                EvolutionSettings.MAX_POPULATION);
        int sampleSize = options.getInt("sampleSize", Math.min(EvolutionSettings.DEFAULT_SAMPLE_SIZE, population), 1,
                EvolutionSettings.MAX_POPULATION);
        if (sampleSize > population) {
            options.problem("sampleSize", "must be <= population (" + population + "), got " + sampleSize);
            sampleSize = population;
        }
        Mutation mutation = Mutation.fromJsonName(
                options.getChoice("mutation", Mutation.PERTURB.jsonName(), MUTATIONS)).orElse(Mutation.PERTURB);
        double scale = options.getDouble("perturbationScale", EvolutionSettings.DEFAULT_PERTURBATION_SCALE, 0, 1);
        if (scale == 0) {
            options.problem("perturbationScale", "must be > 0, got 0.0");
            scale = EvolutionSettings.DEFAULT_PERTURBATION_SCALE;
        }
        if (mutation == Mutation.REDRAW && options.has("perturbationScale")) {
            options.problem("perturbationScale", "applies only to the mutation \"perturb\", but mutation is \"redraw\"");
        }
        return new EvolutionSettings(population, sampleSize, mutation, scale);
    }
}
