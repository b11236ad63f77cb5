package io.sparktune.strategies.evolution;

import io.sparktune.sampler.Sampler;
import io.sparktune.space.SearchSpace;
import io.sparktune.strategies.random.RandomSampler;
import io.sparktune.trial.History;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Regularized evolution, also called aging evolution (Real, Aggarwal, Huang and Le 2019,
 * "Regularized Evolution for Image Classifier Architecture Search", AAAI), over a search space of
 * hyperparameters instead of cells.
 *
 * <p>The paper keeps a queue of the P most recent models; each cycle draws S of them uniformly at
 * random, mutates the best of the S into a child, trains it, pushes it onto the queue and drops the
 * oldest model (not the worst: that is the "regularization" by age). Here the queue is rebuilt from
 * the history on every proposal, so the sampler keeps no state:
 * <ol>
 *   <li>the population is the P most recently created trials that count ({@link Population}):
 *       completed ones with their value, pruned ones with their last report, and pending children
 *       (waiting or running) as members without a value, so that parallel workers age the
 *       population as sequential ones do; failed and stale trials do not count;</li>
 *   <li>until P trials count, the proposal is a random draw ({@link RandomSampler}): the paper's
 *       random initial population;</li>
 *   <li>otherwise a tournament ({@link Tournament}) draws S members without replacement with the
 *       trial's generator; the best wins: completed members by value in the history's direction,
 *       then pruned ones (the further they got the better, then by value), then members without a
 *       value; ties go to the newer trial. So a member without a value wins only a sample with no
 *       valued member, and then the newest of the sample is the parent: after the initial phase
 *       it is itself the child of a tournament winner, a better guess than a random draw;</li>
 *   <li>the winner's parameters are mutated into the child ({@link Mutator}): one parameter
 *       changes, conditions are respected.</li>
 * </ol>
 * Ageing is implicit: every new trial pushes the oldest member out of the window.
 *
 * <p>The proposal is a function of (space, history, generator) alone: the same inputs give the same
 * child at any concurrency, and a restarted driver proposes what the old one would have. A proposal
 * reads only the trials back to the P-th one that counts, and costs O(P) beyond that.
 */
public final class EvolutionSampler implements Sampler {

    private static final RandomSampler RANDOM = new RandomSampler();

    private final EvolutionSettings settings;
    private final Mutator mutator;

    public EvolutionSampler(EvolutionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mutator = new Mutator(settings.mutation(), settings.perturbationScale());
    }

    public EvolutionSettings settings() {
        return settings;
    }

    @Override
    public Optional<Map<String, Object>> propose(SearchSpace space, History history, RandomGenerator rng) {
        List<Member> population = Population.latest(history, settings.population());
        if (population.size() < settings.population()) {
            return RANDOM.propose(space, history, rng);
        }
        Member parent = Tournament.select(population, settings.sampleSize(), rng);
        return Optional.of(mutator.mutate(space, parent.trial().params(), rng));
    }

    @Override
    public String toString() {
        return "EvolutionSampler" + settings;
    }
}
