package io.sparktune.runner.data;

/**
 * How one example looks. Features are always stored flat, row-major: {@code [n, size()]}; an
 * image's {@code size()} values run channel by channel, each channel row by row (channels-first,
 * the layout of DL4J's {@code InputType.convolutionalFlat} for one channel).
 */
public sealed interface InputShape {

    /** The number of values in one example. */
    int size();

    /** A plain vector of {@code features} numbers. */
    record Flat(int features) implements InputShape {

        public Flat {
            if (features < 1) {
                throw new IllegalArgumentException("features >= 1 must hold, but got " + features);
            }
        }

        @Override
        public int size() {
            return features;
        }
    }

    /** An image of {@code height} rows of {@code width} pixels in {@code channels} channels. */
    record Image(int height, int width, int channels) implements InputShape {

        public Image {
            if (height < 1 || width < 1 || channels < 1) {
                throw new IllegalArgumentException("height, width and channels >= 1 must hold, but got height="
                        + height + ", width=" + width + ", channels=" + channels);
            }
            if ((long) height * width * channels > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("height * width * channels must fit an int, but got height="
                        + height + ", width=" + width + ", channels=" + channels);
            }
        }

        @Override
        public int size() {
            return height * width * channels;
        }
    }
}
