package io.sparktune.dashboard.data;

import java.util.Objects;

/**
 * An order of a study's trials: a key, ascending or descending. Keys: {@code rank} (by the
 * objective, best first in the study's direction; trials without a value after those with one),
 * {@code number}, {@code value}, {@code state}, {@code epochs} (reports), {@code duration}, and
 * {@code params.NAME} for a parameter. Written {@code value} (ascending) or {@code -value}
 * (descending), as in the REST API's {@code sort=} parameter.
 *
 * @param key the key, as above
 * @param descending whether the order is reversed
 */
public record TrialSort(String key, boolean descending) {

    /** The default order of a leaderboard. */
    public static final TrialSort RANK = new TrialSort("rank", false);

    /** The prefix of a parameter's key. */
    public static final String PARAM_PREFIX = "params.";

    public TrialSort {
        Objects.requireNonNull(key, "key");
        if (!isKey(key)) {
            throw new IllegalArgumentException("unknown sort key \"" + key + "\": use rank, number, value, state, epochs,"
                    + " duration or params.NAME, with a leading - for descending");
        }
    }

    /**
     * Reads {@code text} ({@code -value}).
     *
     * @throws IllegalArgumentException saying what is wrong, for a message to the user
     */
    public static TrialSort parse(String text) {
        Objects.requireNonNull(text, "text");
        boolean descending = text.startsWith("-");
        return new TrialSort(descending ? text.substring(1) : text, descending);
    }

    /** The parameter this key sorts by, or {@code null} when it is not a parameter key. */
    public String parameter() {
        return key.startsWith(PARAM_PREFIX) ? key.substring(PARAM_PREFIX.length()) : null;
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + key;
    }

    private static boolean isKey(String key) {
        return switch (key) {
            case "rank", "number", "value", "state", "epochs", "duration" -> true;
            default -> key.startsWith(PARAM_PREFIX) && key.length() > PARAM_PREFIX.length();
        };
    }
}
