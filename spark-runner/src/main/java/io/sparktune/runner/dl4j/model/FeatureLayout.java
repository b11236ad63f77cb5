package io.sparktune.runner.dl4j.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** How a network wants the flat features {@code [n, size]} of a dataset arranged. */
public sealed interface FeatureLayout {

    /** {@code flat} ({@code [n, size]}) as the network wants it. */
    INDArray arrange(INDArray flat);

    /** The features as they are: {@code [n, size]} (mlp; cnn, which reshapes them itself). */
    record AsIs() implements FeatureLayout {
        @Override
        public INDArray arrange(INDArray flat) {
            return flat;
        }
    }

    /**
     * A sequence, for a recurrent network: each example's flat features, laid out as
     * {@code [channels, steps, width]}, become {@code steps} time steps of {@code channels * width}
     * features, in DL4J's NCW order {@code [n, channels * width, steps]}. An image (c, h, w) is read
     * row by row ({@code steps = h}, {@code width = w}); a flat vector of f features as f steps of one
     * feature ({@code channels = 1, steps = f, width = 1}).
     */
    record Sequence(int channels, int steps, int width) implements FeatureLayout {

        public Sequence {
            if (channels < 1 || steps < 1 || width < 1) {
                throw new IllegalArgumentException("channels, steps and width >= 1 must hold, but got channels="
                        + channels + ", steps=" + steps + ", width=" + width);
            }
        }

        /** The number of features at each time step. */
        public int featuresPerStep() {
            return channels * width;
        }

        @Override
        public INDArray arrange(INDArray flat) {
            long n = flat.size(0);
            long size = flat.size(1);
            if (flat.rank() != 2 || size != (long) channels * steps * width) {
                throw new IllegalArgumentException("features must be [n, " + (long) channels * steps * width
                        + "], but got " + java.util.Arrays.toString(flat.shape()));
            }
            return flat.reshape('c', n, channels, steps, width)
                    .permute(0, 1, 3, 2)
                    .dup('c')
                    .reshape('c', n, (long) channels * width, steps);
        }
    }
}
