package io.sparktune.runner.data;

/** How one example looks. Features are always stored flat, row-major: [n, size()]. */
public sealed interface InputShape {

    /** The number of features of one example. */
    int size();

    /** A vector of {@code features} numbers. */
    record Flat(int features) implements InputShape {
        @Override
        public int size() {
            return features;
        }
    }

    /** An image, stored channels first, then rows: layout c, h, w. */
    record Image(int height, int width, int channels) implements InputShape {
        @Override
        public int size() {
            return height * width * channels;
        }
    }
}
