package io.sparktune.store.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.store.StudyStore;
import io.sparktune.store.StudyStoreContract;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract on one embedded member, the study's state local to the caller. */
class HazelcastStudyStoreTest extends StudyStoreContract {

    private static final AtomicInteger STUDIES = new AtomicInteger();
    private static LoopbackCluster cluster;
    private static HazelcastStudies studies;

    @BeforeAll
    static void startMember() {
        cluster = LoopbackCluster.start("store-test", 1);
        studies = new HazelcastStudies(cluster.member(0));
    }

    @AfterAll
    static void stopMember() {
        cluster.close();
    }

    @Override
    protected StudyStore newStore(Direction direction) {
        return studies.create(new StudyRecord("study-" + STUDIES.incrementAndGet(), direction, "{}", T0));
    }

    @Override
    protected StudyStore reopen(StudyStore store) {
        return studies.open(((HazelcastStudyStore) store).studyId()).orElseThrow();
    }

    @Test
    void theMessageSaysWhyAFinishedTrialCannotChange() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        store.finish(0, TrialState.PRUNED, 1.0, "below the median", T0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.finish(0, TrialState.COMPLETED, 2.0, null, T0));
        assertEquals("cannot finish trial 0: it has ended PRUNED", e.getMessage());
    }

    @Test
    void integersProposedAsIntAreStoredAsLong() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("units", 64));
        assertEquals(64L, store.history().trial(0).params().get("units"));
    }

    @Test
    void aRepeatedWriteIsAnsweredAsTheFirstAndStoredOnce() {
        HazelcastStudyStore store = (HazelcastStudyStore) newStore(Direction.MINIMIZE);
        Trial trial = create(store, Map.of("x", 1.0));
        var first = store.report(0, 0, new io.sparktune.trial.Report(1, 0.5), io.sparktune.scheduler.Scheduler.none(),
                T0);
        var again = store.report(0, 0, new io.sparktune.trial.Report(1, 0.5), io.sparktune.scheduler.Scheduler.none(),
                T0.plusSeconds(1));
        assertTrue(again.stored());
        assertEquals(first.verdict(), again.verdict());
        Trial done = store.finish(0, TrialState.FAILED, null, "out of memory", T0.plusSeconds(2));
        assertEquals(done, store.finish(0, TrialState.FAILED, null, "out of memory", T0.plusSeconds(2)));
        Trial retried = store.retry(0, T0.plusSeconds(3));
        assertEquals(retried, store.retry(0, T0.plusSeconds(3)));
        assertEquals(1, store.history().trial(0).attempts().size());
        assertEquals(1, store.history().trial(0).attempts().get(0).reports().size());
        assertEquals(trial.params(), store.history().trial(0).params());
        assertEquals(Optional.empty(), store.trial(1));
    }
}
