package io.sparktune.strategies.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking and split of Optuna 3.1's {@code _get_observation_pairs} and {@code _split_observation_pairs}. */
class ObservationsTest {

    private static final Dimension[] X = {Dimension.of(0, Parameter.of("x", FloatDomain.of(0, 10))).orElseThrow()};

    /** A gamma that takes exactly {@code k} of the finished trials. */
    private static TpeOptions goodGroupOf(int k, boolean liar) {
        return new TpeOptions(10, 24, 1.0, k, TpeOptions.Weights.RAMP, 1, true, true, false, false, false, liar);
    }

    private static History history(Direction direction) {
        Map<String, Object> p = Map.of("x", 1.0);
        List<Trial> trials = new ArrayList<>();
        trials.add(TpeSamplerTest.completed(0, p, 5));
        trials.add(TpeSamplerTest.completed(1, p, 1));
        trials.add(TpeSamplerTest.pruned(2, p, 9, 0.1));
        trials.add(TpeSamplerTest.completed(3, p, 3));
        trials.add(TpeSamplerTest.running(4, p));
        trials.add(TpeSamplerTest.pruned(5, p, 3, -7));
        trials.add(TpeSamplerTest.pruned(6, p, 9, 0.05));
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        trials.add(Trial.created(7, p, TrialState.RUNNING, t).finished(TrialState.FAILED, null, "boom", t));
        return new History(direction, trials);
    }

    /** The trial numbers of the good group, given that observation i is trial i below 4, i + 1 from 4 on. */
    private static List<Integer> below(Observations obs, int[] trialOfObservation) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < obs.size(); i++) {
            if (obs.isBelow(i)) {
                out.add(trialOfObservation[i]);
            }
        }
        return out;
    }

    @Test
    void completedRankFirstThenPrunedByLaterStepThenValueAndRunningLast() {
        // ranking: 1 (1.0), 3 (3.0), 0 (5.0), 6 (step 9, 0.05), 2 (step 9, 0.1), 5 (step 3, -7), running 4 last
        int[] trialOf = {0, 1, 2, 3, 4, 5, 6};
        List<List<Integer>> expected = List.of(List.of(1), List.of(1, 3), List.of(0, 1, 3), List.of(0, 1, 3, 6),
                List.of(0, 1, 2, 3, 6), List.of(0, 1, 2, 3, 5, 6));
        for (int k = 1; k <= 6; k++) {
            Observations obs = Observations.of(X, history(Direction.MINIMIZE), goodGroupOf(k, true));
            assertEquals(7, obs.size(), "failed trials are ignored, the running one counts as a lie");
            assertEquals(6, obs.finished());
            assertEquals(expected.get(k - 1), below(obs, trialOf), "good group of " + k);
            assertTrue(!obs.isBelow(4), "a running trial is never good");
        }
    }

    @Test
    void maximisingTurnsTheValuesAround() {
        // completed: 0 (5.0) best; pruned at step 9: 2 (0.1) before 6 (0.05)
        Observations obs = Observations.of(X, history(Direction.MAXIMIZE), goodGroupOf(4, true));
        assertEquals(List.of(0, 1, 2, 3), below(obs, new int[] {0, 1, 2, 3, 4, 5, 6}));
    }

    @Test
    void withoutTheLiarRunningTrialsAreLeftOut() {
        Observations obs = Observations.of(X, history(Direction.MINIMIZE), goodGroupOf(2, false));
        assertEquals(6, obs.size());
        assertEquals(6, obs.finished());
    }

    @Test
    void groupsSplitWhereConditionsDiffer() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("optimizer", CategoricalDomain.of("sgd", "adam")),
                new Parameter("momentum", FloatDomain.of(0, 1), Condition.on("optimizer", "sgd")),
                new Parameter("beta", FloatDomain.of(0, 1), Condition.on("optimizer", "adam")),
                Parameter.of("lr", FloatDomain.of(0, 1)));
        Dimension[] dims = new Dimension[4];
        for (int i = 0; i < 4; i++) {
            dims[i] = Dimension.of(i, space.parameters().get(i)).orElseThrow();
        }
        History history = new History(Direction.MINIMIZE, List.of(
                TpeSamplerTest.completed(0, Map.of("optimizer", "sgd", "momentum", 0.5, "lr", 0.1), 1),
                TpeSamplerTest.completed(1, Map.of("optimizer", "adam", "beta", 0.9, "lr", 0.2), 2),
                TpeSamplerTest.running(2, Map.of("optimizer", "adam", "beta", 0.9, "lr", 0.2))));
        Observations obs = Observations.of(dims, history, TpeOptions.defaults());
        List<int[]> groups = JointGroups.decomposition(obs, 4);
        assertEquals(List.of(List.of(0, 3), List.of(1), List.of(2)),
                groups.stream().map(g -> java.util.Arrays.stream(g).boxed().toList()).toList());
        assertEquals(List.of(List.of(0, 3)),
                JointGroups.intersection(obs, 4).stream().map(g -> java.util.Arrays.stream(g).boxed().toList()).toList());
    }
}
