package io.sparktune.strategies.evolution;

import static io.sparktune.strategies.evolution.Histories.SPACE;
import static io.sparktune.strategies.evolution.Histories.completed;
import static io.sparktune.strategies.evolution.Histories.differences;
import static io.sparktune.strategies.evolution.Histories.failed;
import static io.sparktune.strategies.evolution.Histories.parentOf;
import static io.sparktune.strategies.evolution.Histories.pruned;
import static io.sparktune.strategies.evolution.Histories.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.random.Seeds;
import io.sparktune.space.SearchSpace;
import io.sparktune.strategies.ConditionalSpaces;
import io.sparktune.strategies.random.RandomSampler;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class EvolutionSamplerTest {

    private static final int P = 10;
    private static final int SEEDS = 100;

    private static EvolutionSampler sampler(int population, int sampleSize) {
        return new EvolutionSampler(new EvolutionSettings(population, sampleSize, Mutation.PERTURB, 0.2));
    }

    /** A history of {@code count} trials over random points, trial n being {@code make(n, point)}. */
    private static History history(Direction direction, int count, TrialMaker make) {
        List<Map<String, Object>> points = Histories.points(count, 99);
        List<Trial> trials = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            trials.add(make.make(n, points.get(n)));
        }
        return new History(direction, trials);
    }

    private interface TrialMaker {
        Trial make(int n, Map<String, Object> params);
    }

    /** The parents of the children proposed on {@code history} for trial seeds 0..SEEDS-1. */
    private static List<Integer> parents(EvolutionSampler sampler, History history) {
        List<Integer> parents = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            Map<String, Object> child = sampler.propose(SPACE, history, Seeds.forTrial(seed, history.size()))
                    .orElseThrow();
            assertTrue(SPACE.contains(child), child::toString);
            parents.add(parentOf(child, history));
        }
        return parents;
    }

    private static Map<String, Object> randomDraw(History history, long seed) {
        return new RandomSampler().propose(SPACE, history, Seeds.forTrial(seed, history.size())).orElseThrow();
    }

    @Test
    void proposesRandomDrawsUntilPopulationTrialsCount() {
        History notYet = history(Direction.MINIMIZE, P + 5,
                (n, p) -> n < 3 ? failed(n, p) : n < 6 ? Histories.stale(n, p) : completed(n, p, n));
        assertEquals(P - 1, Population.latest(notYet, P).size());
        for (int seed = 0; seed < 20; seed++) {
            assertEquals(randomDraw(notYet, seed),
                    sampler(P, 3).propose(SPACE, notYet, Seeds.forTrial(seed, notYet.size())).orElseThrow());
        }
        History full = notYet.with(completed(notYet.size(), Histories.points(1, 5).get(0), 0.5));
        assertEquals(P, Population.latest(full, P).size());
        assertTrue(parents(sampler(P, 3), full).stream().allMatch(parent -> parent >= 0),
                "with P trials that count, every proposal is a child of one of them");
    }

    @Test
    void aTournamentOverTheWholePopulationPicksItsBestMemberAndChangesOneParameter() {
        History history = history(Direction.MINIMIZE, P, (n, p) -> completed(n, p, Math.abs(n - 6.2)));
        for (int seed = 0; seed < SEEDS; seed++) {
            Map<String, Object> child = sampler(P, P).propose(SPACE, history, Seeds.forTrial(seed, P)).orElseThrow();
            assertEquals(1, differences(child, history.trial(6).params()), child::toString);
        }
    }

    @Test
    void followsTheDirectionOfTheHistory() {
        History history = history(Direction.MAXIMIZE, P, (n, p) -> completed(n, p, Math.abs(n - 6.2)));
        assertTrue(parents(sampler(P, P), history).stream().allMatch(parent -> parent == 0));
    }

    @Test
    void aSmallTournamentPicksTheBestOfItsSampleSoBetterMembersParentMoreChildren() {
        History history = history(Direction.MINIMIZE, P, (n, p) -> completed(n, p, n));
        int[] children = new int[P];
        for (int parent : parents(sampler(P, 3), history)) {
            children[parent]++;
        }
        assertEquals(0, children[P - 1] + children[P - 2], "the two worst never win a tournament of 3");
        assertTrue(children[0] > children[3] && children[3] > children[6], java.util.Arrays.toString(children));
        assertEquals(SEEDS * 3 / 10.0, children[0], 15, "the best is drawn into 3 samples of 10");
    }

    @Test
    void membersOlderThanThePopulationAreNeverParents() {
        History history = history(Direction.MINIMIZE, 3 * P, (n, p) -> completed(n, p, n < 2 * P ? -1000 + n : n));
        List<Integer> parents = parents(sampler(P, P), history);
        assertTrue(parents.stream().allMatch(parent -> parent == 2 * P), "the best of the last P: " + parents);
        List<Integer> smallTournaments = parents(sampler(P, 4), history);
        assertTrue(smallTournaments.stream().allMatch(parent -> parent >= 2 * P), smallTournaments::toString);
    }

    @Test
    void failedTrialsDoNotCountAndDoNotAgeThePopulation() {
        History history = history(Direction.MINIMIZE, 2 * P, (n, p) -> n == 0 ? completed(n, p, -5)
                : n < P ? completed(n, p, n) : failed(n, p));
        assertTrue(parents(sampler(P, P), history).stream().allMatch(parent -> parent == 0));
    }

    @Test
    void pendingChildrenAgeThePopulationButNeverWinAgainstValuedMembers() {
        History history = history(Direction.MINIMIZE, 2 * P,
                (n, p) -> n == 0 ? completed(n, p, -5) : n < P + 2 ? completed(n, p, n) : running(n, p));
        List<Integer> parents = parents(sampler(P, P), history);
        assertTrue(parents.stream().allMatch(parent -> parent == P),
                "trial 0 aged out behind the running children; the valued members left are trials 10 and 11: "
                        + parents);
        List<Integer> smallTournaments = parents(sampler(P, 4), history);
        long fromValued = smallTournaments.stream().filter(parent -> parent == P || parent == P + 1).count();
        double sampledAValuedOne = 1 - (8.0 * 7 * 6 * 5) / (10 * 9 * 8 * 7);
        assertEquals(SEEDS * sampledAValuedOne, fromValued, 12,
                "a tournament that draws a valued member picks it: " + smallTournaments);
    }

    @Test
    void withoutAnyValuedMemberInTheSampleTheNewestIsTheParent() {
        History history = history(Direction.MINIMIZE, P, (n, p) -> running(n, p));
        assertTrue(parents(sampler(P, P), history).stream().allMatch(parent -> parent == P - 1));
        for (int seed = 0; seed < 20; seed++) {
            int[] sample = Tournament.sample(P, 3, Seeds.forTrial(seed, P));
            int newestSampled = P - 1 - java.util.Arrays.stream(sample).min().orElseThrow();
            Map<String, Object> child = sampler(P, 3).propose(SPACE, history, Seeds.forTrial(seed, P)).orElseThrow();
            assertEquals(newestSampled, parentOf(child, history), "the population lists the newest first");
        }
    }

    @Test
    void prunedTrialsRankAfterCompletedOnesAndTheFurthestPrunedFirst() {
        History history = history(Direction.MINIMIZE, P, (n, p) -> switch (n) {
            case 3 -> completed(n, p, 50);
            case 4 -> completed(n, p, 60);
            case 5 -> pruned(n, p, 9, -100);
            default -> pruned(n, p, 3, -200);
        });
        assertTrue(parents(sampler(P, P), history).stream().allMatch(parent -> parent == 3));
        History onlyPruned = history(Direction.MINIMIZE, P, (n, p) -> switch (n) {
            case 5 -> pruned(n, p, 9, 10);
            case 6 -> pruned(n, p, 9, 5);
            default -> n % 2 == 0 ? running(n, p) : pruned(n, p, 3, -200);
        });
        assertTrue(parents(sampler(P, P), onlyPruned).stream().allMatch(parent -> parent == 6),
                "the furthest pruned, then the best at that step");
    }

    @Test
    void neverProposesMomentumForAdam() {
        SearchSpace space = ConditionalSpaces.optimizerWithMomentum();
        EvolutionSampler sampler = sampler(6, 2);
        History history = History.empty(Direction.MINIMIZE);
        Map<Object, Integer> children = new HashMap<>();
        for (int n = 0; n < 300; n++) {
            Map<String, Object> params = sampler.propose(space, history, Seeds.forTrial(4, n)).orElseThrow();
            if (params.get("optimizer").equals("adam")) {
                assertEquals(List.of("optimizer"), List.copyOf(params.keySet()));
            } else {
                assertTrue(List.of(0.0, 0.5, 0.9).contains(params.get("momentum")), params::toString);
            }
            if (n >= 6) {
                children.merge(params.get("optimizer"), 1, Integer::sum);
            }
            double value = params.get("optimizer").equals("sgd") ? 1 - (Double) params.get("momentum") : 0.5;
            history = history.with(completed(n, params, value));
        }
        assertTrue(children.getOrDefault("adam", 0) > 0 && children.get("sgd") > children.get("adam"),
                "children use both optimizers, sgd (which can reach 0.1) more often: " + children);
    }

    @Test
    void readsOnlyThePopulationWindow() {
        IntFunction<History> withOldTrials = oldValue -> history(Direction.MINIMIZE, 5 * P,
                (n, p) -> n < 4 * P ? completed(n, p, oldValue * (n + 1)) : completed(n, p, n));
        History a = withOldTrials.apply(-1);
        History b = withOldTrials.apply(7);
        for (int seed = 0; seed < 20; seed++) {
            assertEquals(sampler(P, 3).propose(SPACE, a, Seeds.forTrial(seed, a.size())),
                    sampler(P, 3).propose(SPACE, b, Seeds.forTrial(seed, b.size())));
        }
    }

    @Test
    void theSameInputsGiveTheSameChild() {
        History history = history(Direction.MINIMIZE, 3 * P, (n, p) -> completed(n, p, n % 7));
        SplittableRandom seeds = new SplittableRandom(1);
        for (int i = 0; i < 20; i++) {
            long seed = seeds.nextLong();
            assertEquals(sampler(P, 3).propose(SPACE, history, Seeds.forTrial(seed, 3 * P)),
                    sampler(P, 3).propose(SPACE, history, Seeds.forTrial(seed, 3 * P)));
        }
    }
}
