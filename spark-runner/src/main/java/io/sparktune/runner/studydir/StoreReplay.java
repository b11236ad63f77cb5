package io.sparktune.runner.studydir;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.store.StudyStore;
import io.sparktune.trial.Attempt;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Copies a study's trials into an empty store through the store's own operations (create, report,
 * stop, finish, retry), with the times they first happened, so that any store can be seeded with
 * what a study directory holds: a run that resumes a directory on a fresh live store starts from
 * the same history. What only the live store keeps (which worker claimed a trial, its last
 * heartbeat) is not part of a history worth resuming and is not copied.
 */
public final class StoreReplay {

    private StoreReplay() {
    }

    /**
     * Replays {@code history} into {@code into}, which must hold no trial.
     *
     * @throws IllegalArgumentException when {@code into} already holds trials
     */
    public static void copy(History history, StudyStore into) {
        if (into.history().size() != 0) {
            throw new IllegalArgumentException("an empty store must hold, but got one with " + into.history().size()
                    + " trials");
        }
        for (Trial trial : history.trials()) {
            replay(trial, into);
        }
    }

    private static void replay(Trial trial, StudyStore into) {
        int number = trial.number();
        Trial created = into.createTrial((n, h) -> Optional.of(trial.params()), trial.createdAt()).orElseThrow();
        if (created.number() != number) {
            throw new IllegalStateException("trial " + number + " was replayed as trial " + created.number());
        }
        List<Attempt> attempts = trial.attempts();
        for (int a = 0; a < attempts.size(); a++) {
            Attempt attempt = attempts.get(a);
            reports(into, number, a, attempt.reports(), attempt.endedAt());
            into.finish(number, attempt.state(), attempt.value(), attempt.reason(), attempt.endedAt());
            Instant next = a + 1 < attempts.size() ? attempts.get(a + 1).startedAt() : trial.startedAt();
            into.retry(number, next != null ? next : attempt.endedAt());
        }
        reports(into, number, attempts.size(), trial.reports(), trial.heartbeatAt());
        if (trial.stopReason() != null) {
            into.requestStop(number, trial.stopReason());
        }
        if (trial.isFinished()) {
            into.finish(number, trial.state(), trial.value(), trial.reason(), trial.endedAt());
        }
    }

    /** Appends {@code reports}, stored as they are (no scheduler judges them again). */
    static void reports(StudyStore into, int number, int attempt, List<Report> reports, Instant at) {
        Instant when = at != null ? at : Instant.EPOCH;
        for (Report report : reports) {
            into.report(number, attempt, report, Scheduler.none(), when);
        }
    }
}
