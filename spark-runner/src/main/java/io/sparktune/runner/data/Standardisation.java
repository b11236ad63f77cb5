package io.sparktune.runner.data;

/**
 * Per-feature standardisation, z = (x - mean) / std, with the mean and the (population) standard
 * deviation fitted on the training rows only and applied to every part, as scikit-learn's
 * {@code StandardScaler}. A feature that is constant in the training rows keeps std = 1, so it
 * becomes 0 there.
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
