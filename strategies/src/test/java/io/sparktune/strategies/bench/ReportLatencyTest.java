package io.sparktune.strategies.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.trial.Direction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportLatencyTest {

    @Test
    void flagsHaveTheIssuesDefaultsAndBadOnesAreNamed() {
        assertEquals(new ReportLatency.Plan(16, 10_000, 3_000, 0, 0), ReportLatency.plan(List.of()));
        assertEquals(new ReportLatency.Plan(4, 100, 0, 5, 7), ReportLatency.plan(
                List.of("--reporters", "4", "--reports=100", "--warmup", "0", "--interval-ms", "5", "--seed", "7")));
        SpecException e = assertThrows(SpecException.class,
                () -> ReportLatency.plan(List.of("--reporters", "0", "--reports", "many")));
        assertEquals(List.of(new Problem("--reporters", "must be an integer >= 1, got \"0\""),
                new Problem("--reports", "must be an integer >= 1, got \"many\"")), e.problems());
        SpecException fewer = assertThrows(SpecException.class,
                () -> ReportLatency.plan(List.of("--reporters", "8", "--reports", "4")));
        assertEquals(List.of(new Problem("--reports", "must be at least --reporters (8), got 4")), fewer.problems());
    }

    @Test
    void figuresArePercentilesOfTheRoundTrips() {
        long[] nanos = new long[101];
        for (int i = 0; i <= 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        ReportLatency.Figures f = ReportLatency.Figures.of("x", nanos, 2_000_000_000L, 5, 1);
        assertEquals(50.0, f.p50(), 1e-9);
        assertEquals(90.0, f.p90(), 1e-9);
        assertEquals(99.0, f.p99(), 1e-9);
        assertEquals(100.0, f.max(), 1e-9);
        assertEquals(50.5, f.reportsPerSecond(), 1e-9);
    }

    @Test
    void everyTimedReportIsJudgedAndTheTableSaysWhetherTheTargetHolds() throws Exception {
        ReportLatency.Plan plan = new ReportLatency.Plan(3, 600, 60, 0, 1);
        ReportLatency.Figures memory = ReportLatency.measure("in-memory", () -> new InMemoryStudyStore(
                Direction.MINIMIZE), plan);
        assertTrue(memory.p50() <= memory.p99() && memory.p99() <= memory.max(), memory.toString());
        assertTrue(memory.stops() > 0, "ASHA stopped some trials: " + memory);
        StringWriter text = new StringWriter();
        ReportLatency.print(new PrintWriter(text), plan, List.of(memory, memory));
        assertTrue(text.toString().contains("ratio in-memory / in-memory: p50 1x, p99 1x, reports/s 1.000"),
                text.toString());
        assertTrue(text.toString().contains("target: in-memory p99 < 10 ms: "), text.toString());
    }
}
