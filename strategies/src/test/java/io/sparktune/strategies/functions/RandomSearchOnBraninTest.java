package io.sparktune.strategies.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.sparktune.random.Seeds;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trainer.Trainers;
import io.sparktune.trainer.TrialContext;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Objective;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registered random strategy and function trainer together, as a study of 200 trials uses them. */
class RandomSearchOnBraninTest {

    @Test
    void twoHundredRandomTrialsComeWithinHalfOfBraninsOptimum() throws Exception {
        SearchSpace space = SearchSpace.of(
                Parameter.of("x0", FloatDomain.of(-5, 10)), Parameter.of("x1", FloatDomain.of(0, 15)));
        Sampler sampler = Samplers.create(ComponentSpec.of("random", "$.strategy.options"));
        TrainerSetup setup = new TrainerSetup("branin", 42, new Objective("value", Direction.MINIMIZE), space,
                Path.of("."));
        Trainer trainer = Trainers.create(new ComponentSpec("function",
                JsonNodeFactory.instance.objectNode().put("name", "branin"), "$.trainer"), setup);
        for (long seed = 0; seed < 10; seed++) {
            double best = Double.POSITIVE_INFINITY;
            for (int n = 0; n < 200; n++) {
                Map<String, Object> params =
                        sampler.propose(space, History.empty(Direction.MINIMIZE), Seeds.forTrial(seed, n)).orElseThrow();
                best = Math.min(best, trainer.train(new TrialContext(n, params, n, (s, v) -> Verdict.CONTINUE)));
            }
            assertTrue(best < 0.397887 + 0.5, "seed " + seed + ": best of 200 is " + best);
        }
    }
}
