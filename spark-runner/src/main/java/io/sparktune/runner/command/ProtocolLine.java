package io.sparktune.runner.command;

import java.util.Locale;

/** One line a trial's process printed on its standard output, as the protocol reads it. */
sealed interface ProtocolLine {

    /** {@code report STEP VALUE}: an intermediate value. */
    record ReportLine(long step, double value) implements ProtocolLine {
    }

    /** {@code result VALUE}: the trial's final value. */
    record ResultLine(double value) implements ProtocolLine {
    }

    /** Any other line: ignored. */
    record OtherLine(String text) implements ProtocolLine {
    }

    /**
     * Reads one line. A line whose first word is {@code report} or {@code result} must follow the
     * protocol exactly; otherwise an {@link IllegalArgumentException} says what was expected.
     */
    static ProtocolLine parse(String line) {
        String[] words = line.trim().split("\\s+");
        switch (words[0]) {
            case "report" -> {
                if (words.length != 3) {
                    throw new IllegalArgumentException(expected("report STEP VALUE", line));
                }
                long step = parseStep(words[1], line);
                return new ReportLine(step, parseValue(words[2], "report STEP VALUE", line));
            }
            case "result" -> {
                if (words.length != 2) {
                    throw new IllegalArgumentException(expected("result VALUE", line));
                }
                return new ResultLine(parseValue(words[1], "result VALUE", line));
            }
            default -> {
                return new OtherLine(line);
            }
        }
    }

    private static long parseStep(String word, String line) {
        try {
            long step = Long.parseLong(word);
            if (step >= 0) {
                return step;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(expected("report STEP VALUE", line) + " (STEP must be an integer >= 0)");
    }

    /** A number as Java or Python prints it ({@code nan}, {@code inf} and {@code -inf} included). */
    static double parseValue(String word, String form, String line) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        try {
            return Double.parseDouble(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expected(form, line) + " (VALUE must be a number)");
        }
    }

    private static String expected(String form, String line) {
        return "the line \"" + line.strip() + "\" must have the form \"" + form + "\"";
    }
}
