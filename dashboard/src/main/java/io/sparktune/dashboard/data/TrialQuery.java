package io.sparktune.dashboard.data;

import io.sparktune.trial.TrialState;
import java.util.Objects;
import java.util.Set;

/**
 * Which trials of a study to show, in what order, and which page of them.
 *
 * @param states the states to keep; empty keeps every trial
 * @param sort the order
 * @param offset how many trials of the ordered list to skip
 * @param limit the most trials to return
 */
public record TrialQuery(Set<TrialState> states, TrialSort sort, int offset, int limit) {

    public TrialQuery {
        states = Set.copyOf(states);
        Objects.requireNonNull(sort, "sort");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, but got " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, but got " + limit);
        }
    }

    /** Every trial, best first. */
    public static TrialQuery all() {
        return new TrialQuery(Set.of(), TrialSort.RANK, 0, Integer.MAX_VALUE);
    }
}
