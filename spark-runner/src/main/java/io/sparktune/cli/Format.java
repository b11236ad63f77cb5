package io.sparktune.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** How values, parameters and durations are printed for people. */
final class Format {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Format() {
    }

    /** {@code 0.3981}, {@code 1234.5678}, {@code 1.2346e-05}. */
    static String value(Double value) {
        if (value == null) {
            return "-";
        }
        double v = value;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e6) ? String.format(Locale.ROOT, "%.4e", v)
                : String.format(Locale.ROOT, "%.4f", v);
    }

    /** The parameters as compact JSON. */
    static String params(Map<String, Object> params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            return params.toString();
        }
    }

    /** {@code 12.3s}, {@code 4m05s}, {@code 1h02m}. */
    static String duration(Duration d) {
        long millis = Math.max(0, d.toMillis());
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
