package io.sparktune.strategies.evolution;

import static io.sparktune.strategies.evolution.Histories.completed;
import static io.sparktune.strategies.evolution.Histories.failed;
import static io.sparktune.strategies.evolution.Histories.pruned;
import static io.sparktune.strategies.evolution.Histories.running;
import static io.sparktune.strategies.evolution.Histories.stale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static final Map<String, Object> P = Map.of();

    @Test
    void isTheNewestTrialsThatCountNewestFirst() {
        History history = new History(Direction.MINIMIZE, List.of(
                completed(0, P, 1), completed(1, P, 2), failed(2, P), running(3, P), stale(4, P),
                pruned(5, P, 3, 0.5), completed(6, P, 3), failed(7, P)));
        assertEquals(List.of(6, 5, 3, 1), numbers(Population.latest(history, 4)));
        assertEquals(List.of(6, 5, 3, 1, 0), numbers(Population.latest(history, 50)));
    }

    @Test
    void ranksByLossInTheHistorysDirection() {
        assertEquals(Optional.of(Fitness.completed(-4.0)), Population.fitness(completed(0, P, 4), Direction.MAXIMIZE));
        assertEquals(Optional.of(Fitness.completed(4.0)), Population.fitness(completed(0, P, 4), Direction.MINIMIZE));
    }

    @Test
    void aPrunedTrialRanksByItsLastReport() {
        assertEquals(Optional.of(Fitness.pruned(7, 0.25)), Population.fitness(pruned(0, P, 7, 0.25), Direction.MINIMIZE));
        Trial noReports = running(1, P).finished(TrialState.PRUNED, 0.5, "stopped", Instant.EPOCH);
        assertEquals(Optional.of(Fitness.pruned(0, 0.5)), Population.fitness(noReports, Direction.MINIMIZE));
        Trial nothing = running(2, P).finished(TrialState.PRUNED, null, "stopped", Instant.EPOCH);
        assertEquals(Optional.of(Fitness.UNVALUED), Population.fitness(nothing, Direction.MINIMIZE));
    }

    @Test
    void completedTrialsWithoutAFiniteValueDoNotCount() {
        Trial nan = running(0, P).finished(TrialState.COMPLETED, Double.NaN, null, Instant.EPOCH);
        Trial none = running(1, P).finished(TrialState.COMPLETED, null, null, Instant.EPOCH);
        assertEquals(Optional.empty(), Population.fitness(nan, Direction.MINIMIZE));
        assertEquals(Optional.empty(), Population.fitness(none, Direction.MINIMIZE));
        Trial waiting = Trial.created(2, P, TrialState.WAITING, Instant.EPOCH);
        assertEquals(Optional.of(Fitness.UNVALUED), Population.fitness(waiting, Direction.MINIMIZE));
    }

    private static List<Integer> numbers(List<Member> members) {
        return members.stream().map(m -> m.trial().number()).toList();
    }
}
