package io.sparktune.store.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.store.Reported;
import io.sparktune.store.StudyStore;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two members with backups; the member that owns the study is terminated (the in-JVM equivalent of
 * {@code kill -9}: no goodbye, no partition hand-over) while several threads create trials and report
 * to them, half through a client and half through the surviving member. Every report and every trial
 * must be there exactly once afterwards, served by the survivor alone.
 */
class FailoverTest {

    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    private static final int REPORTERS = 6;
    private static final int TRIALS_EACH = 4;
    private static final int STEPS = 30;

    @Test
    void killingTheStudysOwnerMidStreamLosesNoReportAndNoTrial() throws Exception {
        try (LoopbackCluster cluster = LoopbackCluster.start("failover-test", 2)) {
            String id = "failover";
            HazelcastInstance client = cluster.connectClient();
            StudyStore viaClient = new HazelcastStudies(client).create(new StudyRecord(id, Direction.MINIMIZE, "{}", T0));
            HazelcastInstance owner = cluster.ownerOf(id);
            HazelcastInstance survivor = cluster.members().stream().filter(m -> m != owner).findFirst().orElseThrow();
            StudyStore viaSurvivor = new HazelcastStudies(survivor).open(id).orElseThrow();

            AtomicInteger reports = new AtomicInteger();
            int killAfter = REPORTERS * TRIALS_EACH * STEPS / 3;
            ExecutorService pool = Executors.newFixedThreadPool(REPORTERS + 1);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int r = 0; r < REPORTERS; r++) {
                    long reporter = r;
                    StudyStore store = r % 2 == 0 ? viaClient : viaSurvivor;
                    done.add(pool.submit(() -> {
                        report(store, reporter, reports);
                        return null;
                    }));
                }
                done.add(pool.submit(() -> {
                    while (reports.get() < killAfter) {
                        Thread.sleep(1);
                    }
                    owner.getLifecycleService().terminate();
                    return null;
                }));
                for (Future<?> f : done) {
                    f.get(3, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            assertFalse(owner.getLifecycleService().isRunning());
            assertEquals(1, survivor.getCluster().getMembers().size());
            for (StudyStore view : List.of(viaSurvivor, viaClient)) {
                History history = view.history();
                assertEquals(REPORTERS * TRIALS_EACH, history.size(), "trials");
                Set<List<Long>> seen = new HashSet<>();
                for (Trial trial : history.trials()) {
                    long reporter = (Long) trial.params().get("reporter");
                    long t = (Long) trial.params().get("t");
                    assertTrue(seen.add(List.of(reporter, t)), "created twice: " + trial.params());
                    assertEquals(TrialState.COMPLETED, trial.state());
                    assertEquals(expectedReports(reporter, t), trial.reports(), "trial " + trial.number());
                    assertEquals(List.of(), trial.attempts());
                }
            }
        }
    }

    private static void report(StudyStore store, long reporter, AtomicInteger reports) {
        for (long t = 0; t < TRIALS_EACH; t++) {
            Map<String, Object> params = Map.of("reporter", reporter, "t", t);
            Trial trial = store.createTrial((n, h) -> java.util.Optional.of(params), T0).orElseThrow();
            for (Report report : expectedReports(reporter, t)) {
                Reported reported = store.report(trial.number(), 0, report, Scheduler.none(),
                        T0.plusSeconds(report.step()));
                assertTrue(reported.stored(), reported.verdict().reason());
                reports.incrementAndGet();
            }
            store.finish(trial.number(), TrialState.COMPLETED, (double) t, null, T0.plusSeconds(STEPS + 1));
        }
    }

    private static List<Report> expectedReports(long reporter, long t) {
        List<Report> reports = new ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            reports.add(new Report(step, reporter * 1000 + t * 100 + step / 100.0));
        }
        return reports;
    }
}
