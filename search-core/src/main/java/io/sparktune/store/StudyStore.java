package io.sparktune.store;

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

    /** Appends an intermediate report to a running trial; returns the trial as it is now. */
    Trial report(int number, Report report);

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
