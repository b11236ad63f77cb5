package io.sparktune.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --progress} flag: a bar redrawn in place, one line per finished trial, or nothing. */
enum ProgressMode {
    BAR,
    LINES,
    NONE;

    /** A bar on a terminal, lines otherwise. */
    static ProgressMode auto(boolean onTerminal) {
        return onTerminal ? BAR : LINES;
    }

    /** Reads {@code bar}, {@code lines} or {@code none}. */
    static final class Converter implements ITypeConverter<ProgressMode> {

        @Override
        public ProgressMode convert(String value) {
            for (ProgressMode mode : values()) {
                if (mode.name().equalsIgnoreCase(value)) {
                    return mode;
                }
            }
            throw new TypeConversionException("must be bar, lines or none, got \"" + value + "\"");
        }
    }

    String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
