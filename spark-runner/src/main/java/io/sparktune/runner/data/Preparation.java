package io.sparktune.runner.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** From examples as read to {@link PreparedData}: the split, the standardisation, one-hot labels, ND4J arrays. */
final class Preparation {

    private Preparation() {
    }

    static PreparedData prepare(Examples examples, DatasetSpec spec) {
        int n = examples.count();
        if (n < 2) {
            throw new DatasetException(examples.description() + ": " + n + " example" + (n == 1 ? "" : "s")
                    + ", but a training and a validation part need at least 2");
        }
        int validation = Split.validationCount(n, spec.validationFraction());
        int[] order = Split.permutation(n, spec.seed());
        int size = examples.input().size();
        float[] trainFeatures = features(examples, order, validation, n);
        float[] validationFeatures = features(examples, order, 0, validation);
        Standardisation standardisation = examples.input() instanceof InputShape.Image image
                ? Standardisation.fitPerChannel(trainFeatures, size, image.channels())
                : Standardisation.fit(trainFeatures, size);
        standardisation.apply(trainFeatures);
        standardisation.apply(validationFeatures);
        DataSet train = dataSet(examples, trainFeatures, order, validation, n);
        DataSet validationSet = dataSet(examples, validationFeatures, order, 0, validation);
        String description = examples.description() + ": " + (n - validation) + " training / " + validation
                + " validation examples (split seed " + spec.seed() + ")";
        return new PreparedData(description, examples.task(), examples.input(), examples.outputs(), train,
                validationSet);
    }

    private static float[] features(Examples examples, int[] order, int from, int to) {
        int size = examples.input().size();
        float[] out = new float[Math.multiplyExact(to - from, size)];
        for (int i = from; i < to; i++) {
            examples.rows().copy(order[i], out, (i - from) * size);
        }
        return out;
    }

    private static DataSet dataSet(Examples examples, float[] features, int[] order, int from, int to) {
        int rows = to - from;
        int outputs = examples.outputs();
        float[] labels = new float[rows * outputs];
        for (int i = from; i < to; i++) {
            float label = examples.labels()[order[i]];
            if (examples.task() == Task.CLASSIFICATION) {
                labels[(i - from) * outputs + (int) label] = 1f;
            } else {
                labels[i - from] = label;
            }
        }
        return new DataSet(
                Nd4j.create(features, new long[] {rows, examples.input().size()}, DataType.FLOAT),
                Nd4j.create(labels, new long[] {rows, outputs}, DataType.FLOAT));
    }
}
