package io.sparktune.store;

import io.sparktune.trial.History;
import java.util.Map;
import java.util.Optional;

/** Proposes the parameters of trial {@code number}, seeing the history as it is at that moment. */
@FunctionalInterface
public interface TrialProposer {

    /** The parameters of the new trial, or empty when there is nothing left to propose. */
    Optional<Map<String, Object>> propose(int number, History history);
}
