package io.sparktune.runner.cluster;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of memory as both Spark ({@code spark.executor.memory}) and the JVM ({@code -Xmx}) read
 * it: a whole number with an optional unit, {@code k}, {@code m}, {@code g} or {@code t}
 * ({@code 512m}, {@code 2g}); without a unit, Spark reads mebibytes and the JVM bytes, so a unit is
 * required.
 */
public record MemorySize(String text) {

    private static final Pattern SIZE = Pattern.compile("[1-9]\\d{0,6}[kmgt]");

    public MemorySize {
        Objects.requireNonNull(text, "text");
        if (!SIZE.matcher(text).matches()) {
            throw new IllegalArgumentException("a size such as 512m or 2g must hold, but got \"" + text + "\"");
        }
    }

    /**
     * Reads a size, any case.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static MemorySize parse(String text) {
        String size = text.strip().toLowerCase(Locale.ROOT);
        if (!SIZE.matcher(size).matches()) {
            throw new IllegalArgumentException("must be a size with a unit, such as 512m or 2g, got \"" + text + "\"");
        }
        return new MemorySize(size);
    }

    @Override
    public String toString() {
        return text;
    }
}
