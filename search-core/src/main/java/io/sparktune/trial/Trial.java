package io.sparktune.trial;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration of a study and what became of it. Immutable: a store replaces a trial with an
 * updated copy, and never changes a finished one.
 *
 * @param number the trial's number in its study, from 0, in the order trials were created
 * @param params the parameter values, active parameters only, in the space's order
 * @param value the final objective value; {@code null} while running, and for failed trials
 * @param reports the intermediate reports of the current attempt, in the order they came
 * @param reason why the trial was pruned or failed (a person reads it), or {@code null}
 * @param startedAt when the current attempt started, or {@code null} while waiting
 * @param endedAt when the trial ended, or {@code null} while it has not
 * @param attempts earlier attempts that ended and were retried, oldest first
 * @param stopReason why the scheduler (or a stop request) told the current attempt to stop, or
 *     {@code null} while nothing has; a trial that ends after it ends PRUNED with this reason
 * @param worker where the current attempt runs (an executor and its thread, as the worker names
 *     itself), or {@code null} before a worker claimed it
 * @param heartbeatAt the last sign of life of the current attempt (its start, a report, a
 *     heartbeat), or {@code null} while waiting
 */
public record Trial(int number, Map<String, Object> params, TrialState state, Double value, List<Report> reports,
        String reason, Instant createdAt, Instant startedAt, Instant endedAt, List<Attempt> attempts,
        String stopReason, String worker, Instant heartbeatAt) implements java.io.Serializable {

    public Trial {
        if (number < 0) {
            throw new IllegalArgumentException("number >= 0 must hold, but got number=" + number);
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        reports = List.copyOf(reports);
        attempts = List.copyOf(attempts);
    }

    /** A new trial, as a store creates it. */
    public static Trial created(int number, Map<String, Object> params, TrialState state, Instant now) {
        Instant started = state == TrialState.RUNNING ? now : null;
        return new Trial(number, params, state, null, List.of(), null, now, started, null, List.of(), null, null,
                started);
    }

    public boolean isFinished() {
        return state.isFinished();
    }

    public Optional<Report> lastReport() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }

    /** The number of the current attempt: 0 for the first. */
    public int attemptIndex() {
        return attempts.size();
    }

    /** This trial with one more intermediate report, which came at {@code now}. */
    public Trial withReport(Report report, Instant now) {
        requireUnfinished("report on");
        List<Report> more = new java.util.ArrayList<>(reports);
        more.add(report);
        return new Trial(number, params, state, value, more, reason, createdAt, startedAt, endedAt, attempts,
                stopReason, worker, now);
    }

    /** This trial, told to stop for {@code why}; a trial already told keeps its first reason. */
    public Trial stopping(String why) {
        requireUnfinished("stop");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a stop needs a reason, but got \"" + why + "\"");
        }
        return stopReason != null ? this : new Trial(number, params, state, value, reports, reason, createdAt,
                startedAt, endedAt, attempts, why, worker, heartbeatAt);
    }

    /** This trial, alive at {@code now} on {@code where} (kept as it was when {@code null}). */
    public Trial heartbeat(String where, Instant now) {
        requireUnfinished("heartbeat");
        return new Trial(number, params, state, value, reports, reason, createdAt, startedAt, endedAt, attempts,
                stopReason, where != null ? where : worker, now);
    }

    /** This trial, started now. */
    public Trial started(Instant now) {
        requireUnfinished("start");
        return new Trial(number, params, TrialState.RUNNING, value, reports, reason, createdAt, now, endedAt,
                attempts, stopReason, worker, now);
    }

    /** This trial, ended now in {@code finalState}. */
    public Trial finished(TrialState finalState, Double finalValue, String why, Instant now) {
        requireUnfinished("finish");
        if (!finalState.isFinished()) {
            throw new IllegalArgumentException("a trial must finish in an ended state, but got " + finalState);
        }
        return new Trial(number, params, finalState, finalValue, reports, why, createdAt, startedAt, now, attempts,
                stopReason, worker, heartbeatAt);
    }

    /** This ended trial, started again as a new attempt; the ended attempt is kept in {@link #attempts()}. */
    public Trial retried(Instant now) {
        if (!isFinished()) {
            throw new IllegalStateException("only an ended trial can be retried, but trial " + number + " is " + state);
        }
        List<Attempt> more = new java.util.ArrayList<>(attempts);
        more.add(new Attempt(attempts.size(), state, value, reports, reason, startedAt, endedAt));
        return new Trial(number, params, TrialState.RUNNING, null, List.of(), null, createdAt, now, null, more, null,
                null, now);
    }

    private void requireUnfinished(String action) {
        if (isFinished()) {
            throw new IllegalStateException("cannot " + action + " trial " + number + ": it has ended " + state);
        }
    }
}
