package io.sparktune.spec;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How much a study may spend. Absent limits do not apply; a study with no limit at all runs until
 * its sampler has nothing left (a grid) or it is stopped.
 *
 * @param maxTrials how many trials to create at most
 * @param maxConcurrent how many trials run at once
 * @param maxFailures the study stops once this many trials have FAILED
 * @param timeLimit no new trial starts after this much time; running ones are stopped
 * @param maxRetries how many times a FAILED trial is run again before it counts as failed (a STALE one
 *     always runs again, see {@link io.sparktune.study.StudyRunner})
 */
public record Budget(OptionalInt maxTrials, int maxConcurrent, OptionalInt maxFailures,
        Optional<Duration> timeLimit, int maxRetries) {

    public Budget {
        Objects.requireNonNull(maxTrials, "maxTrials");
        Objects.requireNonNull(maxFailures, "maxFailures");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxTrials.isPresent() && maxTrials.getAsInt() < 1) {
            throw new IllegalArgumentException("maxTrials >= 1 must hold, but got " + maxTrials.getAsInt());
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent >= 1 must hold, but got " + maxConcurrent);
        }
        if (maxFailures.isPresent() && maxFailures.getAsInt() < 1) {
            throw new IllegalArgumentException("maxFailures >= 1 must hold, but got " + maxFailures.getAsInt());
        }
        if (timeLimit.isPresent() && (timeLimit.get().isNegative() || timeLimit.get().isZero())) {
            throw new IllegalArgumentException("timeLimit > 0 must hold, but got " + timeLimit.get());
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries >= 0 must hold, but got " + maxRetries);
        }
    }

    /** A budget of {@code maxTrials} trials, one at a time, with no other limit. */
    public static Budget ofTrials(int maxTrials) {
        return new Budget(OptionalInt.of(maxTrials), 1, OptionalInt.empty(), Optional.empty(), 0);
    }
}
