package io.sparktune.strategies.stopping;

import io.sparktune.scheduler.HistoryLiteral;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A study told by hand, report by report, for scheduler tests: each {@link #report} adds a report
 * to a trial (creating the trials up to it), asks the scheduler, and ends the trial PRUNED on a
 * STOP, as the study runner does.
 */
public final class Judging {

    private static final Instant END = Instant.parse("2024-02-01T00:00:00Z");

    private final Scheduler scheduler;
    private final Direction direction;
    private final List<Trial> trials = new ArrayList<>();

    public Judging(Scheduler scheduler, Direction direction) {
        this.scheduler = scheduler;
        this.direction = direction;
    }

    /** Trial {@code number} reports {@code value} at {@code step}; returns the scheduler's verdict. */
    public Verdict report(int number, long step, double value) {
        while (trials.size() <= number) {
            trials.add(HistoryLiteral.trialOf(trials.size(), TrialState.RUNNING, List.of()));
        }
        Report report = new Report(step, value);
        Trial trial = trials.get(number).withReport(report, trials.get(number).createdAt());
        trials.set(number, trial);
        Verdict verdict = scheduler.judge(trial, report, history());
        if (verdict.isStop()) {
            trials.set(number, trial.finished(TrialState.PRUNED, value, verdict.reason(), END));
        }
        return verdict;
    }

    /** Trial {@code number} reports {@code values} at steps {@code 1, 2, ...}; returns the last verdict. */
    public Verdict curve(int number, double... values) {
        Verdict last = Verdict.CONTINUE;
        for (int i = 0; i < values.length; i++) {
            last = report(number, i + 1, values[i]);
        }
        return last;
    }

    public History history() {
        return new History(direction, trials);
    }
}
