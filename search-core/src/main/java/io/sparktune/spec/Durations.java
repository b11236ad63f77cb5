package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in study files and messages: {@code "90s"}, {@code "30m"},
 * {@code "2h"}, {@code "1h30m"}, {@code "1.5h"}, {@code "1d"}, {@code "250ms"}, ISO-8601
 * ({@code "PT30M"}), or in JSON a number of seconds. {@link #format} writes the short form back.
 */
public final class Durations {

    /** How a message names the accepted forms. */
    public static final String FORMS =
            "a duration such as \"90s\", \"30m\", \"2h\", \"1h30m\", \"PT30M\" or a number of seconds";

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    /** Parts in the order d, h, m, s, ms; each optional, at least one present. */
    private static final Pattern SHORT = Pattern.compile(
            "(?:" + NUMBER + "d)?(?:" + NUMBER + "h)?(?:" + NUMBER + "m)?(?:" + NUMBER + "s)?(?:" + NUMBER + "ms)?");
    private static final BigDecimal[] SECONDS_PER_UNIT = {BigDecimal.valueOf(86_400), BigDecimal.valueOf(3_600),
        BigDecimal.valueOf(60), BigDecimal.ONE, new BigDecimal("0.001")};
    /** Longer than any study runs (about 317 years); keeps the arithmetic far from overflow. */
    static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(10_000_000_000L);

    private Durations() {
    }

    /** The duration a JSON value holds (a number of seconds, or text), or empty when it holds none. */
    public static Optional<Duration> parse(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal seconds = node.decimalValue();
            boolean inRange = Double.isFinite(node.asDouble()) && seconds.signum() >= 0
                    && seconds.compareTo(MAX_SECONDS) <= 0;
            return inRange ? Optional.of(ofSeconds(seconds)) : Optional.empty();
        }
        return node.isTextual() ? parse(node.asText()) : Optional.empty();
    }

    /** The duration {@code text} names, or empty when it is not one of the accepted forms. */
    public static Optional<Duration> parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.charAt(0) == 'P' || s.charAt(0) == 'p') {
            try {
                return Optional.of(Duration.parse(s.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher m = SHORT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal seconds = BigDecimal.ZERO;
        boolean any = false;
        for (int i = 0; i < SECONDS_PER_UNIT.length; i++) {
            String part = m.group(i + 1);
            if (part != null) {
                any = true;
                seconds = seconds.add(new BigDecimal(part).multiply(SECONDS_PER_UNIT[i]));
            }
        }
        if (!any || seconds.compareTo(MAX_SECONDS) > 0) {
            return Optional.empty();
        }
        return Optional.of(ofSeconds(seconds));
    }

    /** {@code seconds} (possibly fractional) as a duration, to the nanosecond. */
    static Duration ofSeconds(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return Duration.ofSeconds(whole.longValueExact(), nanos);
    }

    /** {@code d} in the short form: {@code 30m}, {@code 1h30m}, {@code 1s250ms}; {@code 0s} for zero. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        Duration left = d;
        if (left.isNegative()) {
            out.append('-');
            left = left.negated();
        }
        int sign = out.length();
        append(out, left.toDaysPart(), "d");
        append(out, left.toHoursPart(), "h");
        append(out, left.toMinutesPart(), "m");
        append(out, left.toSecondsPart(), "s");
        append(out, left.toMillisPart(), "ms");
        if (out.length() == sign) {
            out.append(left.toNanos()).append("ns");
        }
        return out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount != 0) {
            out.append(amount).append(unit);
        }
    }
}
