package io.sparktune.store;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.time.Instant;
import java.util.Objects;

/**
 * What one report does to a study, the same in every store: a store applies it to its history while
 * no other write can happen, so the report and the verdict on it are one atomic step.
 *
 * <ul>
 *   <li>A report from an attempt that is not the trial's current one is refused: a late report from
 *       a worker that was given up never mixes into the attempt that replaced it.</li>
 *   <li>A report to a trial that has ended is refused.</li>
 *   <li>A report to a trial already told to stop is refused with that stop's reason.</li>
 *   <li>Otherwise the report is appended, the scheduler judges it against the history with the
 *       report in it, and a STOP is stored with the trial ({@link Trial#stopReason()}).</li>
 * </ul>
 */
public final class ReportRules {

    private ReportRules() {
    }

    /**
     * The outcome of a report.
     *
     * @param updated the trial to store, or {@code null} when nothing changes
     */
    public record Applied(Trial updated, Reported reported) {
    }

    /**
     * Applies {@code report} of attempt {@code attempt} of trial {@code number}.
     *
     * @throws IllegalArgumentException when there is no such trial, or no such attempt yet
     */
    public static Applied apply(History history, int number, int attempt, Report report, Scheduler scheduler,
            Instant now) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(now, "now");
        Trial trial = Stores.existing(history, number);
        if (attempt > trial.attemptIndex() || attempt < 0) {
            throw new IllegalArgumentException("trial " + number + " has no attempt " + attempt + ": its current attempt is "
                    + trial.attemptIndex());
        }
        if (attempt < trial.attemptIndex()) {
            return refused(trial, report, "attempt " + attempt + " of trial " + number
                    + " was superseded by attempt " + trial.attemptIndex());
        }
        if (trial.isFinished()) {
            return refused(trial, report, "trial " + number + " has ended " + trial.state().jsonName());
        }
        if (trial.stopReason() != null) {
            return refused(trial, report, trial.stopReason());
        }
        Trial reported = trial.withReport(report, now);
        Verdict verdict = scheduler.judge(reported, report, history.with(reported));
        Trial updated = verdict.isStop() ? reported.stopping(verdict.reason()) : reported;
        return new Applied(updated, new Reported(updated, report, verdict, true));
    }

    /**
     * The trial after a heartbeat of attempt {@code attempt} from {@code worker}, or {@code null} when
     * that attempt is no longer the trial's running one (the worker should give it up).
     */
    public static Trial heartbeat(History history, int number, int attempt, String worker, Instant now) {
        Trial trial = Stores.existing(history, number);
        if (attempt != trial.attemptIndex() || trial.isFinished()) {
            return null;
        }
        return trial.heartbeat(worker, now);
    }

    /**
     * The trial claimed by {@code worker} for attempt {@code attempt}, or {@code null} when another
     * worker claimed that attempt first or it is no longer the running one: a task that Spark runs a
     * second time for the same attempt finds it claimed and does not train.
     */
    public static Trial claim(History history, int number, int attempt, String worker, Instant now) {
        Objects.requireNonNull(worker, "worker");
        Trial trial = Stores.existing(history, number);
        if (attempt != trial.attemptIndex() || trial.isFinished()
                || (trial.worker() != null && !trial.worker().equals(worker))) {
            return null;
        }
        return trial.heartbeat(worker, now);
    }

    private static Applied refused(Trial trial, Report report, String why) {
        return new Applied(null, new Reported(trial, report, Verdict.stop(why), false));
    }
}
