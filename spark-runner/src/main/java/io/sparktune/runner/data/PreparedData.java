package io.sparktune.runner.data;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Training data ready for a network. Features are FLOAT {@code [n, input.size()]}, already
 * standardised with the mean and standard deviation of the training part only: per feature for
 * tabular data (a feature constant there keeps a deviation of 1), per channel for images
 * ({@code Standardisation}); labels are FLOAT one-hot {@code [n, outputs]} for
 * classification and {@code [n, 1]} for regression (the targets as given, not scaled).
 *
 * <p>{@link Datasets#load} shares one instance between every trial of the JVM, across threads:
 * treat both data sets as read-only. Do not call {@code shuffle()}, {@code normalize()} or
 * {@code setFeatures(...)} on them, and do not write into their arrays; shuffle batches by index
 * (or on a {@code copy()}) instead.
 *
 * @param description what the data is, for logs: {@code "digits: 1437 training / 360 validation examples, ..."}
 * @param outputs the number of classes for classification, 1 for regression
 */
public record PreparedData(String description, Task task, InputShape input, int outputs, DataSet train,
        DataSet validation) {

    public PreparedData {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(input, "input");
        if (task == Task.CLASSIFICATION ? outputs < 2 : outputs != 1) {
            throw new IllegalArgumentException((task == Task.CLASSIFICATION ? "outputs >= 2" : "outputs == 1")
                    + " must hold for " + task.jsonName() + ", but got " + outputs);
        }
        check("train", train, input.size(), outputs);
        check("validation", validation, input.size(), outputs);
    }

    /** The number of training examples. */
    public int trainSize() {
        return (int) train.getFeatures().size(0);
    }

    /** The number of validation examples. */
    public int validationSize() {
        return (int) validation.getFeatures().size(0);
    }

    private static void check(String name, DataSet data, int size, int outputs) {
        Objects.requireNonNull(data, name);
        INDArray features = data.getFeatures();
        INDArray labels = data.getLabels();
        if (features == null || labels == null) {
            throw new IllegalArgumentException(name + " must hold features and labels, but got features="
                    + features + ", labels=" + labels);
        }
        long[] f = features.shape();
        long[] l = labels.shape();
        if (f.length != 2 || l.length != 2 || f[0] < 1 || f[1] != size || l[0] != f[0] || l[1] != outputs) {
            throw new IllegalArgumentException(name + " features [n, " + size + "] and labels [n, " + outputs
                    + "] with n >= 1 must hold, but got features " + Arrays.toString(f) + ", labels "
                    + Arrays.toString(l));
        }
    }
}
