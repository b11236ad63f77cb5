package io.sparktune.store;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.Optional;

/**
 * The trials of one study, safe for concurrent use by many threads (and, for durable stores, by
 * many processes). Every method either takes effect whole or not at all.
 */
public interface StudyStore {

    /**
     * Atomically reads the history, asks {@code proposer} for the next trial's parameters, and
     * records that trial as RUNNING under the next number. No other trial is created in between, so
     * concurrent callers get distinct numbers and each sees the trials created before its own.
     *
     * @return the new trial, or empty when the proposer had nothing to propose
     */
    Optional<Trial> createTrial(TrialProposer proposer, Instant now);

    /**
     * Appends an intermediate report of attempt {@code attempt} to a running trial and returns the
     * scheduler's verdict on it, in one atomic step: the scheduler sees the history with this report
     * and every report stored before it, and a STOP is stored with the trial. The rules are
     * {@link ReportRules#apply}: reports of superseded or ended attempts, and reports after a STOP,
     * are refused (answered STOP, not stored).
     *
     * @throws IllegalArgumentException when there is no such trial, or no such attempt yet
     */
    Reported report(int number, int attempt, Report report, Scheduler scheduler, Instant now);

    /**
     * Records that {@code worker} runs attempt {@code attempt} of trial {@code number}, if no other
     * worker has claimed it (see {@link ReportRules#claim}).
     *
     * @return whether the claim holds: when it does not, the caller must not run the trial
     */
    boolean claim(int number, int attempt, String worker, Instant now);

    /**
     * Records that attempt {@code attempt} of trial {@code number} is alive at {@code now}.
     *
     * @return whether that attempt still runs; when it does not, its worker should give it up
     */
    boolean heartbeat(int number, int attempt, Instant now);

    /**
     * Tells a running trial to stop: its next report is answered STOP with {@code reason}, and the
     * trial ends PRUNED with that reason. A trial already told keeps its first reason; an ended one is
     * left as it is.
     *
     * @return the trial as it is now
     */
    Trial requestStop(int number, String reason);

    /**
     * Ends a running trial. A finished trial is immutable: finishing it again throws
     * {@link IllegalStateException}.
     *
     * @param value the final value, or {@code null} (failed trials)
     * @param reason why it was pruned or failed, or {@code null}
     */
    Trial finish(int number, TrialState state, Double value, String reason, Instant now);

    /** Starts an ended trial again as a new attempt; its ended attempt is kept in {@link Trial#attempts()}. */
    Trial retry(int number, Instant now);

    /** A snapshot of every trial, in number order. */
    History history();

    /** One trial as it is now. */
    default Optional<Trial> trial(int number) {
        History h = history();
        return number >= 0 && number < h.size() ? Optional.of(h.trial(number)) : Optional.empty();
    }
}
