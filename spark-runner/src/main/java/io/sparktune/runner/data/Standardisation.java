package io.sparktune.runner.data;

/**
 * Standardisation, z = (x - mean) / std, with the mean and the (population) standard deviation
 * fitted on the training rows only and applied to every part. Tabular data is standardised per
 * feature, as scikit-learn's {@code StandardScaler} does; a feature that is constant in the training
 * rows keeps std = 1, so it becomes 0 there. Images are standardised per channel, one mean and one
 * deviation over all the pixels of a channel, as torchvision's {@code Normalize} is used with a
 * dataset's statistics: per pixel, a border pixel that is almost always 0 would get a tiny deviation
 * and blow its rare non-zero values up by hundreds.
 */
record Standardisation(double[] mean, double[] std) {

    /** Fits on the rows of {@code size} values stored one after the other in {@code values} (at least one row). */
    static Standardisation fit(float[] values, int size) {
        int rows = values.length / size;
        double[] mean = new double[size];
        float[] min = new float[size];
        float[] max = new float[size];
        System.arraycopy(values, 0, min, 0, size);
        System.arraycopy(values, 0, max, 0, size);
        for (int r = 0; r < rows; r++) {
            int base = r * size;
            for (int c = 0; c < size; c++) {
                float x = values[base + c];
                mean[c] += x;
                min[c] = Math.min(min[c], x);
                max[c] = Math.max(max[c], x);
            }
        }
        for (int c = 0; c < size; c++) {
            mean[c] /= rows;
        }
        double[] sumSquares = new double[size];
        for (int r = 0; r < rows; r++) {
            int base = r * size;
            for (int c = 0; c < size; c++) {
                double d = values[base + c] - mean[c];
                sumSquares[c] += d * d;
            }
        }
        double[] std = new double[size];
        for (int c = 0; c < size; c++) {
            // min == max: exactly constant, whatever rounding the mean picked up.
            std[c] = min[c] == max[c] ? 1 : Math.sqrt(sumSquares[c] / rows);
            if (min[c] == max[c]) {
                mean[c] = min[c];
            }
        }
        return new Standardisation(mean, std);
    }

    /**
     * Fits one mean and deviation per channel on rows of {@code channels} channel-first planes of
     * {@code size / channels} pixels each; the result holds them per feature, for {@link #apply}.
     */
    static Standardisation fitPerChannel(float[] values, int size, int channels) {
        int plane = size / channels;
        int rows = values.length / size;
        double[] channelMean = new double[channels];
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < size; f++) {
                channelMean[f / plane] += values[r * size + f];
            }
        }
        double count = (double) rows * plane;
        for (int c = 0; c < channels; c++) {
            channelMean[c] /= count;
        }
        double[] sumSquares = new double[channels];
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < size; f++) {
                double d = values[r * size + f] - channelMean[f / plane];
                sumSquares[f / plane] += d * d;
            }
        }
        double[] mean = new double[size];
        double[] std = new double[size];
        for (int f = 0; f < size; f++) {
            int c = f / plane;
            double deviation = Math.sqrt(sumSquares[c] / count);
            mean[f] = channelMean[c];
            std[f] = deviation > 0 ? deviation : 1;
        }
        return new Standardisation(mean, std);
    }

    /** Standardises {@code values} (rows of {@code mean().length} values) in place. */
    void apply(float[] values) {
        int size = mean.length;
        for (int base = 0; base < values.length; base += size) {
            for (int c = 0; c < size; c++) {
                values[base + c] = (float) ((values[base + c] - mean[c]) / std[c]);
            }
        }
    }
}
