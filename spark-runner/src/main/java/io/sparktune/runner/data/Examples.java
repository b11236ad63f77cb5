package io.sparktune.runner.data;

import java.util.Objects;

/**
 * A dataset as read from its files, before the split: {@code count} examples of {@code input.size()}
 * values each, and one label per example (a class index 0..outputs-1 for classification, the target
 * for regression).
 *
 * @param description what the data is, for {@link PreparedData#description()}
 */
record Examples(String description, Task task, InputShape input, int outputs, int count, Rows rows, float[] labels) {

    /** Copies one example's values out of wherever the loader keeps them. */
    interface Rows {

        /** Copies the {@code input.size()} values of example {@code row} into {@code target} at {@code offset}. */
        void copy(int row, float[] target, int offset);

        /** Rows kept as floats, one after the other. */
        static Rows of(float[] values, int size) {
            return (row, target, offset) -> System.arraycopy(values, row * size, target, offset, size);
        }

        /** Rows kept as unsigned bytes (pixels 0..255), one after the other. */
        static Rows ofUnsignedBytes(byte[] values, int size) {
            return (row, target, offset) -> {
                int from = row * size;
                for (int i = 0; i < size; i++) {
                    target[offset + i] = values[from + i] & 0xFF;
                }
            };
        }
    }

    Examples {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(rows, "rows");
        if (labels.length != count) {
            throw new IllegalArgumentException("one label per example must hold, but got " + labels.length
                    + " labels for " + count + " examples");
        }
    }
}
