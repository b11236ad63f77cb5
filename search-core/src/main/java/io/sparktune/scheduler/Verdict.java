package io.sparktune.scheduler;

import java.util.Objects;

/**
 * A scheduler's decision and the reason a person reads, such as
 * {@code "rung 2 (step 9): 0.412 is not in the top 1/3 of 7 trials (cut 0.388)"}.
 */
public record Verdict(Decision decision, String reason) {

    public static final Verdict CONTINUE = new Verdict(Decision.CONTINUE, "");

    public Verdict {
        Objects.requireNonNull(decision, "decision");
        reason = reason == null ? "" : reason;
        if (decision == Decision.STOP && reason.isBlank()) {
            throw new IllegalArgumentException("a STOP verdict needs a reason");
        }
    }

    public static Verdict stop(String reason) {
        return new Verdict(Decision.STOP, reason);
    }

    public boolean isStop() {
        return decision == Decision.STOP;
    }
}
