package io.sparktune.spec;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the study file writes them: {@code "90s"}, {@code "30m"}, {@code "2h"},
 * {@code "1h30m"}, {@code "1.5h"}, {@code "1d"}, ISO-8601 ({@code "PT30M"}), or a number of seconds.
 */
final class Durations {

    /** Parts in the order d, h, m, s; each optional, at least one present. */
    private static final Pattern SHORT = Pattern.compile(
            "(?:(\\d+(?:\\.\\d+)?)d)?(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)m)?(?:(\\d+(?:\\.\\d+)?)s)?");
    private static final long[] SECONDS_PER_UNIT = {86_400, 3_600, 60, 1};
    /** Longer than any study runs (about 317 years); keeps the arithmetic far from overflow. */
    static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(10_000_000_000L);

    private Durations() {
    }

    /** The duration {@code text} names, or empty when it is not one of the accepted forms. */
    static Optional<Duration> parse(String text) {
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
                seconds = seconds.add(new BigDecimal(part).multiply(BigDecimal.valueOf(SECONDS_PER_UNIT[i])));
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
}
