package io.sparktune.runner.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as a person writes them in JSON: seconds as a number, {@code "90s"}, {@code "1h30m"}, {@code "PT5M"}. */
final class DurationText {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private DurationText() {
    }

    /** The duration {@code node} holds, or empty when it is not one. */
    static Optional<Duration> parse(JsonNode node) {
        if (node.isNumber()) {
            return seconds(node.asDouble());
        }
        if (!node.isTextual()) {
            return Optional.empty();
        }
        String text = node.asText().trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return units(text.replace(" ", ""));
    }

    private static Optional<Duration> units(String text) {
        Matcher m = PART.matcher(text);
        Duration total = Duration.ZERO;
        int at = 0;
        while (m.find() && m.start() == at) {
            double amount = Double.parseDouble(m.group(1));
            long millisPerUnit = switch (m.group(2)) {
                case "ms" -> 1;
                case "s" -> 1_000;
                case "m" -> 60_000;
                case "h" -> 3_600_000;
                default -> 86_400_000;
            };
            total = total.plusMillis(Math.round(amount * millisPerUnit));
            at = m.end();
        }
        return at == text.length() && at > 0 ? Optional.of(total) : Optional.empty();
    }

    private static Optional<Duration> seconds(double seconds) {
        return Double.isFinite(seconds) ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
    }
}
