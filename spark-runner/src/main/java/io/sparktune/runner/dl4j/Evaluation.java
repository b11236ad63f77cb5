package io.sparktune.runner.dl4j;

import io.sparktune.runner.data.Task;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Measures a network on held-out data, in chunks so memory stays bounded: the mean loss per example
 * as the output layer defines it (cross-entropy {@code -sum(y log p)} for classes, the mean squared
 * error over the outputs for regression), without the L1/L2 penalties that DL4J's own score adds,
 * so trials with different regularisation compare on the same scale; and the accuracy for classes.
 */
final class Evaluation {

    static final int CHUNK = 2048;
    private static final double MIN_PROBABILITY = 1e-12;

    private Evaluation() {
    }

    /**
     * The scores of {@code net} on flat {@code data}; {@code adapt} turns each chunk into the layout
     * the network reads.
     */
    static Scores evaluate(MultiLayerNetwork net, DataSet data, Task task, UnaryOperator<DataSet> adapt) {
        long n = data.numExamples();
        double lossSum = 0;
        long correct = 0;
        for (long from = 0; from < n; from += CHUNK) {
            long to = Math.min(n, from + CHUNK);
            DataSet chunk = adapt.apply(new DataSet(rows(data.getFeatures(), from, to),
                    rows(data.getLabels(), from, to)));
            INDArray labels = chunk.getLabels();
            INDArray output = net.output(chunk.getFeatures(), false);
            if (task == Task.CLASSIFICATION) {
                INDArray logP = Transforms.log(Transforms.max(output, MIN_PROBABILITY, true), false);
                lossSum -= logP.muli(labels).sumNumber().doubleValue();
                INDArray predicted = output.argMax(1);
                INDArray actual = labels.argMax(1);
                correct += predicted.eq(actual).castTo(org.nd4j.linalg.api.buffer.DataType.INT)
                        .sumNumber().longValue();
            } else {
                INDArray diff = output.sub(labels);
                lossSum += diff.muli(diff).sumNumber().doubleValue() / labels.size(1);
            }
        }
        double loss = lossSum / n;
        return new Scores(loss, task == Task.CLASSIFICATION ? (double) correct / n : Double.NaN);
    }

    /** Rows {@code [from, to)} of a matrix, as a view. */
    private static INDArray rows(INDArray array, long from, long to) {
        if (from == 0 && to == array.size(0)) {
            return array;
        }
        return array.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }
}
