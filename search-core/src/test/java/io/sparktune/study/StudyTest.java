package io.sparktune.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.store.Reported;
import io.sparktune.random.Seeds;
import io.sparktune.sampler.Sampler;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.testing.ManualClock;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudyTest {

    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    private static final SearchSpace SPACE = SearchSpace.of(
            Parameter.of("x", FloatDomain.of(-5, 5)), Parameter.of("y", FloatDomain.of(0, 1)));

    private final ManualClock clock = new ManualClock(T0);

    private Study study(Sampler sampler, Scheduler scheduler) {
        return new Study("test", 42, SPACE, sampler, scheduler, new InMemoryStudyStore(Direction.MINIMIZE), clock);
    }

    @Test
    void askDrawsFromTheGeneratorOfSeedAndTrialNumber() {
        Study study = study(new UniformSampler(), Scheduler.none());
        Trial first = study.ask().orElseThrow();
        clock.advance(Duration.ofSeconds(3));
        Trial second = study.ask().orElseThrow();
        History empty = History.empty(Direction.MINIMIZE);
        assertEquals(new UniformSampler().propose(SPACE, empty, Seeds.forTrial(42, 0)).orElseThrow(), first.params());
        assertEquals(new UniformSampler().propose(SPACE, empty, Seeds.forTrial(42, 1)).orElseThrow(), second.params());
        assertNotEquals(first.params(), second.params());
        assertEquals(TrialState.RUNNING, second.state());
        assertEquals(T0.plusSeconds(3), second.createdAt());
    }

    @Test
    void aProposalOutsideTheSpaceIsASamplerBugAndCreatesNothing() {
        Sampler broken = (space, history, rng) -> Optional.of(Map.of("x", 7.0, "y", 0.5));
        Study study = study(broken, Scheduler.none());
        IllegalStateException e = assertThrows(IllegalStateException.class, study::ask);
        assertTrue(e.getMessage().contains("proposed a point outside the space for trial 0: x = 7.0 is outside its"),
                e.getMessage());
        assertEquals(0, study.history().size());
    }

    @Test
    void proposalsAreNormalisedAndPutInTheSpaceOrder() {
        SearchSpace space = SearchSpace.of(Parameter.of("units", IntDomain.of(1, 100)),
                Parameter.of("opt", CategoricalDomain.of("sgd", "adam")));
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("opt", "adam");
        proposal.put("units", 64);
        Study study = new Study("t", 1, space, (s, h, rng) -> Optional.of(proposal), Scheduler.none(),
                new InMemoryStudyStore(Direction.MINIMIZE), clock);
        Trial trial = study.ask().orElseThrow();
        assertEquals(List.of("units", "opt"), List.copyOf(trial.params().keySet()));
        assertEquals(64L, trial.params().get("units"));
    }

    @Test
    void anExhaustedSamplerAsksNothing() {
        Study study = study((space, history, rng) -> Optional.empty(), Scheduler.none());
        assertEquals(Optional.empty(), study.ask());
        assertEquals(0, study.history().size());
    }

    @Test
    void reportStoresTheValueAndReturnsTheSchedulersVerdict() {
        List<History> judged = new ArrayList<>();
        Scheduler stopBelowOne = (trial, report, history) -> {
            judged.add(history);
            assertEquals(report, trial.lastReport().orElseThrow());
            return report.value() < 1 ? Verdict.stop("below 1: " + report.value()) : Verdict.CONTINUE;
        };
        Study study = study(new UniformSampler(), stopBelowOne);
        int n = study.ask().orElseThrow().number();
        assertEquals(Verdict.CONTINUE, study.report(n, 1, 3.0));
        Reported reported = study.record(n, 0, 2, 0.5);
        assertEquals(Verdict.stop("below 1: 0.5"), reported.verdict());
        assertEquals(new Report(2, 0.5), reported.report());
        assertEquals(List.of(new Report(1, 3.0), new Report(2, 0.5)), reported.trial().reports());
        assertEquals(2, judged.get(1).trial(n).reports().size(), "the scheduler sees the report in the history");
    }

    @Test
    void tellEndsTheTrialAndANonFiniteValueFailsIt() {
        Study study = study(new UniformSampler(), Scheduler.none());
        for (int i = 0; i < 4; i++) {
            study.ask();
        }
        clock.advance(Duration.ofMinutes(1));
        Trial done = study.tell(0, TrialState.COMPLETED, 2.5, null);
        assertEquals(T0.plusSeconds(60), done.endedAt());
        assertEquals(TrialState.PRUNED, study.tell(1, TrialState.PRUNED, 9.0, "below the median").state());
        Trial nan = study.tell(2, TrialState.COMPLETED, Double.NaN, null);
        assertEquals(TrialState.FAILED, nan.state());
        assertEquals("objective is NaN", nan.reason());
        assertEquals("objective is Infinity", study.tell(3, TrialState.COMPLETED, Double.POSITIVE_INFINITY, null)
                .reason());
        assertThrows(IllegalStateException.class, () -> study.tell(0, TrialState.COMPLETED, 1.0, null));
        assertEquals(2.5, study.best().orElseThrow().value());
    }

    @Test
    void tellRejectsStatesThatAreNotAnEnd() {
        Study study = study(new UniformSampler(), Scheduler.none());
        study.ask();
        assertThrows(IllegalArgumentException.class, () -> study.tell(0, TrialState.RUNNING, 1.0, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> study.tell(0, TrialState.COMPLETED, null, null));
        assertEquals("a completed trial needs a value, but trial 0 got none", e.getMessage());
        assertEquals(TrialState.RUNNING, study.history().trial(0).state());
    }

    @Test
    void retryStartsANewAttempt() {
        Study study = study(new UniformSampler(), Scheduler.none());
        study.ask();
        study.tell(0, TrialState.FAILED, null, "boom");
        Trial again = study.retry(0);
        assertEquals(TrialState.RUNNING, again.state());
        assertEquals("boom", again.attempts().get(0).reason());
    }

    @Test
    void theConstructorValidates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Study(" ", 1, SPACE,
                new UniformSampler(), Scheduler.none(), new InMemoryStudyStore(Direction.MINIMIZE), clock));
        assertEquals("name must not be blank, but got \" \"", e.getMessage());
    }
}
