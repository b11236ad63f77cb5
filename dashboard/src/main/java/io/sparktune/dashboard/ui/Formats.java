package io.sparktune.dashboard.ui;

import io.sparktune.dashboard.chart.Numbers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the pages write values, parameters, times and progress. */
final class Formats {

    /** Shown for a value that is not there (yet). */
    static final String NONE = "—";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    /** An objective value: {@code 0.9731}, or {@link #NONE}. */
    static String value(Double value) {
        return value == null ? NONE : Numbers.format(value);
    }

    /** A parameter's value: floating-point numbers short, integers and text as they are. */
    static String param(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Double || value instanceof Float) {
            return Numbers.format(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    /** {@code 850 ms}, {@code 12.3 s}, {@code 4m 05s}, {@code 2h 03m}, or {@link #NONE}. */
    static String duration(Duration duration) {
        if (duration == null) {
            return NONE;
        }
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return Numbers.format(Math.round(millis / 100.0) / 10.0) + " s";
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format("%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }

    /** {@code 2024-05-01 12:00:03} in {@code zone}, or {@link #NONE}. */
    static String instant(Instant instant, ZoneId zone) {
        return instant == null ? NONE : TIME.format(instant.atZone(zone));
    }

    /** Trials done against the budget: {@code 12 / 30}, or {@code 12} without one. */
    static String progress(int done, Integer maxTrials) {
        return maxTrials == null ? Integer.toString(done) : done + " / " + maxTrials;
    }
}
