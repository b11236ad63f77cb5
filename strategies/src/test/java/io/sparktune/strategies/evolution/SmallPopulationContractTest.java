package io.sparktune.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.random.Seeds;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;
import io.sparktune.space.SearchSpace;
import io.sparktune.strategies.random.RandomSampler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sampler contract with P = 8 and S = 3 on every kind of parameter, so that most of the
 * contract's proposals are children of tournaments, not random draws.
 */
class SmallPopulationContractTest extends SamplerContract {

    @Override
    protected Sampler newSampler() {
        return new EvolutionSampler(new EvolutionSettings(8, 3, Mutation.PERTURB, 0.2));
    }

    @Test
    void theContractSequencesAreMostlyChildrenNotRandomDraws() {
        SearchSpace space = contractSpace();
        List<Map<String, Object>> proposals = proposeSequence(newSampler(), space, 3, DRAWS);
        int children = 0;
        for (int n = 0; n < proposals.size(); n++) {
            Map<String, Object> random = new RandomSampler().propose(space, historyOf(List.of()),
                    Seeds.forTrial(3, n)).orElseThrow();
            children += proposals.get(n).equals(random) ? 0 : 1;
        }
        assertTrue(children >= DRAWS / 2, children + " of " + DRAWS + " proposals are children");
    }
}
