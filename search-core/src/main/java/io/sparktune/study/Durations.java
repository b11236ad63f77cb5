package io.sparktune.study;

import java.time.Duration;

/** Durations as people write them: {@code 30m}, {@code 1h30m}, {@code 45s}, {@code 250ms}. */
final class Durations {

    private Durations() {
    }

    static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        if (d.isNegative()) {
            out.append('-');
            d = d.negated();
        }
        append(out, d.toDaysPart(), "d");
        append(out, d.toHoursPart(), "h");
        append(out, d.toMinutesPart(), "m");
        append(out, d.toSecondsPart(), "s");
        append(out, d.toMillisPart(), "ms");
        if (out.length() == 0 || out.toString().equals("-")) {
            out.append(d.toNanos()).append("ns");
        }
        return out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount != 0) {
            out.append(amount).append(unit);
        }
    }
}
