package io.sparktune.store;

import io.sparktune.trial.History;
import io.sparktune.trial.Trial;

/** Checks shared by store implementations. */
public final class Stores {

    private Stores() {
    }

    /**
     * Trial {@code number} of {@code history}.
     *
     * @throws IllegalArgumentException naming the numbers that exist, when there is no such trial
     */
    public static Trial existing(History history, int number) {
        if (number < 0 || number >= history.size()) {
            String range = history.size() == 0 ? "it has no trials" : "its trials are 0.." + (history.size() - 1);
            throw new IllegalArgumentException("no trial " + number + " in this study: " + range);
        }
        return history.trial(number);
    }
}
