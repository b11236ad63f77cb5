package io.sparktune.runner.spark;

import java.util.Locale;
import java.util.Optional;

/** How a {@link SparkTrialExecutor} hands trial attempts to Spark. */
public enum Dispatch {

    /**
     * One Spark job of one task per trial attempt, in a job group of its own (so it can be cancelled
     * alone, and shows in Spark's UI as that trial). Spark places each task on a free core.
     */
    JOB_PER_TRIAL,

    /**
     * One long-running Spark task per slot ({@code maxConcurrent}), each pulling attempts from a
     * {@link TrialQueue} and sending the outcomes back through it. The tasks hold their cores for
     * the whole study.
     */
    PULL_WORKERS;

    /** The name on the command line: {@code jobs} or {@code workers}. */
    public String cliName() {
        return this == JOB_PER_TRIAL ? "jobs" : "workers";
    }

    /** The dispatch called {@code name} on the command line, case-insensitively. */
    public static Optional<Dispatch> fromCliName(String name) {
        for (Dispatch d : values()) {
            if (d.cliName().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
