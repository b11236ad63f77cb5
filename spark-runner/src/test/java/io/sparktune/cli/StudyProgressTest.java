package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudyProgressTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Trial running(int number) {
        return Trial.created(number, Map.of("x", number), TrialState.RUNNING, T0);
    }

    private static Trial ended(int number, TrialState state, Double value, String reason) {
        return running(number).finished(state, value, reason, T0.plusSeconds(5));
    }

    private static History history() {
        Trial lost = ended(3, TrialState.STALE, null, "no heartbeat for 5s").retried(T0.plusSeconds(6))
                .heartbeat("executor 1 on 127.0.0.1, task 9", T0.plusSeconds(7))
                .withReport(new Report(2, 0.91), T0.plusSeconds(8));
        return new History(Direction.MAXIMIZE, List.of(
                ended(0, TrialState.COMPLETED, 0.95, null),
                ended(1, TrialState.PRUNED, 0.5, "rung 1: below the median"),
                ended(2, TrialState.FAILED, null, "diverged"),
                lost,
                running(4)));
    }

    @Test
    void aRowCountsTrialsByStateRetriesAndTheBest() {
        StudyProgress progress = new StudyProgress("digits", Direction.MAXIMIZE, history());

        String header = StudyProgress.header();
        String row = progress.row();

        assertEquals(List.of("STUDY", "TRIALS", "RUNNING", "COMPLETED", "PRUNED", "FAILED", "STALE", "RETRIES", "BEST"),
                List.of(header.split("\\s+")));
        assertEquals(List.of("digits", "5", "2", "1", "1", "1", "0", "1", "0.9500", "(trial", "0)"),
                List.of(row.split("\\s+")));
        assertEquals(header.indexOf("TRIALS") + "TRIALS".length(), row.indexOf(" 5 ") + 2, "columns line up");
    }

    @Test
    void detailsNameEachRunningTrialWithItsWorkerLastReportAndHeartbeat() {
        List<String> lines = new StudyProgress("digits", Direction.MAXIMIZE, history()).details(T0.plusSeconds(10));

        assertEquals("study digits (maximize)", lines.get(0));
        assertEquals("trials: 5 (2 running, 1 completed, 1 pruned, 1 failed), 1 attempt run again", lines.get(1));
        assertEquals("best: 0.9500 (trial 0) {\"x\":0}", lines.get(2));
        assertEquals("running: 2", lines.get(3));
        assertEquals("  trial 3 attempt 1 on executor 1 on 127.0.0.1, task 9, step 2: 0.9100, heard from 2.0s ago",
                lines.get(4));
        assertEquals("  trial 4 on (not claimed yet), heard from 10.0s ago", lines.get(5));
    }

    @Test
    void aStudyWithoutTrialsHasNoBestAndNothingRunning() {
        StudyProgress empty = new StudyProgress("new", Direction.MINIMIZE, History.empty(Direction.MINIMIZE));

        assertTrue(empty.row().endsWith(" -"), empty.row());
        assertEquals(List.of("study new (minimize)", "trials: 0", "best: -", "running: none"),
                empty.details(T0));
    }
}
