package io.sparktune.dashboard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.study.Study;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HazelcastStudyCatalogTest {

    private static LoopbackCluster cluster;
    private static HazelcastStudyCatalog catalog;

    @BeforeAll
    static void start() {
        cluster = LoopbackCluster.start("catalog", 1);
        catalog = new HazelcastStudyCatalog(cluster.connectClient());
    }

    @AfterAll
    static void stop() {
        catalog.close();
        cluster.close();
    }

    @Test
    void aSnapshotHoldsTheTrialsTheSpaceAndTheStudyFile() {
        Study study = ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson("snap"));
        Trial first = study.ask().orElseThrow();
        study.tell(first.number(), TrialState.COMPLETED, 3.5, null);
        Trial second = study.ask().orElseThrow();
        study.report(second.number(), 1, 9.0);

        StudySnapshot snapshot = catalog.snapshot("snap").orElseThrow();
        assertEquals(List.of("x0", "x1"), snapshot.parameterNames());
        assertEquals(2, snapshot.history().size());
        assertTrue(snapshot.studyJson().contains("\"branin\""));
        StudySummary summary = snapshot.summary();
        assertEquals("random", summary.strategy());
        assertEquals("asha", summary.scheduler());
        assertEquals(20, summary.maxTrials());
        assertEquals(3.5, summary.bestValue());
        assertEquals(first.number(), summary.bestTrial());
        assertEquals(1, summary.counts().get(TrialState.COMPLETED));
        assertEquals(1, summary.counts().get(TrialState.RUNNING));
        assertEquals(StudyPhase.IDLE, summary.phase(), "no driver has said it runs the study");
        assertTrue(catalog.studies().stream().anyMatch(s -> s.id().equals("snap")));
        assertEquals(Optional.empty(), catalog.snapshot("no-such-study"));
    }

    @Test
    void aChangeIsSeenAndToldToSubscribers() throws InterruptedException {
        Study study = ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson("live"));
        assertEquals(0, catalog.snapshot("live").orElseThrow().history().size());
        Semaphore told = new Semaphore(0);
        Semaphore toldAny = new Semaphore(0);
        try (var one = catalog.subscribe("live", told::release); var any = catalog.subscribe(null, toldAny::release)) {
            Trial trial = study.ask().orElseThrow();
            assertTrue(told.tryAcquire(10, TimeUnit.SECONDS), "the study's subscriber was told");
            assertTrue(toldAny.tryAcquire(10, TimeUnit.SECONDS), "the subscriber to every study was told");
            study.report(trial.number(), 1, 4.0);
            assertTrue(told.tryAcquire(10, TimeUnit.SECONDS), "a report is a change");
            assertEquals(List.of(4.0), catalog.snapshot("live").orElseThrow().history().trial(trial.number())
                    .reports().stream().map(r -> r.value()).toList());
        }
    }

    @Test
    void aStopIsRecordedOnlyForARunningStudyAndOnlyOnce() throws InterruptedException {
        ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson("stoppable"));
        HazelcastStudies studies = new HazelcastStudies(cluster.member(0));
        assertEquals(StopResult.UNKNOWN_STUDY, catalog.requestStop("nobody", "why not"));
        assertEquals(StopResult.ALREADY_ENDED, catalog.requestStop("stoppable", "not started yet"));

        try (var driver = studies.claimDriver("stoppable", java.time.Duration.ZERO).orElseThrow()) {
            studies.markStarted("stoppable", Instant.now());
            assertEquals(StudyPhase.RUNNING, awaitPhase("stoppable", StudyPhase.RUNNING).phase());
            assertEquals(Optional.empty(), studies.control("stoppable").stopRequest());

            assertEquals(StopResult.REQUESTED, catalog.requestStop("stoppable", "enough"));
            assertEquals(StopResult.ALREADY_ENDED, catalog.requestStop("stoppable", "twice"));
            assertEquals(Optional.of("enough"), studies.control("stoppable").stopRequest());
            StudySummary stopping = catalog.snapshot("stoppable").orElseThrow().summary();
            assertEquals(StudyPhase.STOPPING, stopping.phase());
            assertEquals("stopping: enough", stopping.message());

            studies.markEnded("stoppable", Instant.now(), "stopped on request (enough) after 0 trials");
            StudySummary ended = awaitPhase("stoppable", StudyPhase.ENDED);
            assertEquals(StudyPhase.ENDED, ended.phase());
            assertEquals("stopped on request (enough) after 0 trials", ended.message());
            assertEquals(StopResult.ALREADY_ENDED, catalog.requestStop("stoppable", "after the end"));
        }
    }

    /** A change made elsewhere reaches the catalog through its listener, a moment later. */
    private static StudySummary awaitPhase(String id, StudyPhase phase) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        StudySummary summary = catalog.snapshot(id).orElseThrow().summary();
        while (summary.phase() != phase && System.nanoTime() < deadline) {
            Thread.sleep(20);
            summary = catalog.snapshot(id).orElseThrow().summary();
        }
        return summary;
    }

    @Test
    void aRunWhoseDriverLeftIsShownIdle() {
        ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson("orphan"));
        new HazelcastStudies(cluster.member(0)).markStarted("orphan", Instant.now());
        StudySummary summary = catalog.snapshot("orphan").orElseThrow().summary();
        assertEquals(StudyPhase.IDLE, summary.phase());
        assertEquals("its driver left before the study ended", summary.message());
        assertNull(summary.endedAt());
    }

    @Test
    void trialRowsFilterSortAndPageOnTheServer() {
        Study study = ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson("rows"));
        double[] values = {5, 1, 3};
        for (double value : values) {
            study.tell(study.ask().orElseThrow().number(), TrialState.COMPLETED, value, null);
        }
        study.tell(study.ask().orElseThrow().number(), TrialState.FAILED, null, "boom");
        StudySnapshot snapshot = catalog.snapshot("rows").orElseThrow();

        TrialPage ranked = TrialRows.query(snapshot, TrialQuery.all());
        assertEquals(List.of(1, 2, 0, 3), ranked.trials().stream().map(Trial::number).toList());
        TrialPage page = TrialRows.query(snapshot, new TrialQuery(Set.of(TrialState.COMPLETED),
                TrialSort.parse("-value"), 1, 1));
        assertEquals(3, page.total());
        assertEquals(List.of(2), page.trials().stream().map(Trial::number).toList());
    }
}
