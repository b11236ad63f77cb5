package io.sparktune.runner.data;

import java.util.Objects;

/** Which column of a CSV file holds the label. */
public sealed interface CsvLabel {

    /** The last column (the default). */
    record Last() implements CsvLabel {
    }

    /** The column at a 0-based {@code index}. */
    record Index(int index) implements CsvLabel {

        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("index >= 0 must hold, but got " + index);
            }
        }
    }

    /** The column called {@code name} in the header line. */
    record Named(String name) implements CsvLabel {

        public Named {
            Objects.requireNonNull(name, "name");
        }
    }
}
