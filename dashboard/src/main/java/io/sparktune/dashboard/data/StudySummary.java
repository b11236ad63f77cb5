package io.sparktune.dashboard.data;

import io.sparktune.trial.TrialState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the studies list: what a study is and how far it got.
 *
 * @param id the study's id (its name)
 * @param phase where it stands
 * @param direction {@code minimize} or {@code maximize}
 * @param strategy the sampler's JSON name ({@code tpe})
 * @param scheduler the scheduler's JSON name ({@code asha}), or {@code null} when it has none
 * @param trials how many trials it holds
 * @param maxTrials its budget's {@code maxTrials}, or {@code null} when unbounded
 * @param counts trials by state (every state present, zero included)
 * @param bestValue the best completed value, or {@code null}
 * @param bestTrial the number of the best completed trial, or {@code null}
 * @param createdAt when the study was created on the control plane
 * @param startedAt when its current (or last) driver started it, or {@code null}
 * @param endedAt when that driver ended it, or {@code null} while it runs
 * @param message why it ended (the driver's words), or {@code null}
 */
public record StudySummary(String id, StudyPhase phase, String direction, String strategy, String scheduler,
        int trials, Integer maxTrials, Map<TrialState, Integer> counts, Double bestValue, Integer bestTrial,
        Instant createdAt, Instant startedAt, Instant endedAt, String message) {

    public StudySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phase, "phase");
        counts = Map.copyOf(counts);
    }

    /** Trials that have ended (completed, pruned, failed). */
    public int done() {
        return counts.getOrDefault(TrialState.COMPLETED, 0) + counts.getOrDefault(TrialState.PRUNED, 0)
                + counts.getOrDefault(TrialState.FAILED, 0);
    }

    /** From its start to its end, or to {@code now} while it runs; {@code null} before it started. */
    public Duration elapsed(Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }
}
