package io.sparktune.runner.dl4j.model;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Test helpers: hyperparameter maps, built networks, their layers, small synthetic datasets. */
final class Nets {

    static final InputShape DIGIT = new InputShape.Image(8, 8, 1);

    private Nets() {
    }

    /** A hyperparameter map from name, value pairs. */
    static Map<String, Object> hp(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static MultiLayerConfiguration conf(String model, Map<String, Object> hp, InputShape input, int outputs) {
        return Models.build(model, hp, Task.CLASSIFICATION, input, outputs, 42).configuration();
    }

    /** The layer configurations, in order. */
    static List<Layer> layers(MultiLayerConfiguration conf) {
        return conf.getConfs().stream().map(NeuralNetConfiguration::getLayer).toList();
    }

    static MultiLayerNetwork network(MultiLayerConfiguration conf) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /**
     * {@code n} examples of {@code classes} Gaussian blobs in {@code features} dimensions, centres
     * 3 apart on the axes: separable. Features FLOAT [n, features], labels one-hot [n, classes].
     */
    static DataSet blobs(int n, int features, int classes, long seed) {
        Random rng = new Random(seed);
        float[][] x = new float[n][features];
        float[][] y = new float[n][classes];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            for (int j = 0; j < features; j++) {
                x[i][j] = (float) (rng.nextGaussian() + (j % classes == c ? 3 : 0));
            }
            y[i][c] = 1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    /** {@code n} random FLOAT examples of {@code size} features and one-hot labels of {@code classes}. */
    static DataSet random(int n, int size, int classes, long seed) {
        Random rng = new Random(seed);
        float[][] x = new float[n][size];
        float[][] y = new float[n][classes];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < size; j++) {
                x[i][j] = (float) rng.nextGaussian();
            }
            y[i][rng.nextInt(classes)] = 1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    /** The minibatches of {@code size} rows of {@code data}, in order (the last may be smaller). */
    static ListDataSetIterator<DataSet> batches(DataSet data, int size) {
        return new ListDataSetIterator<>(data.batchBy(size), 1);
    }

    /** The share of rows whose largest output is the labelled class. */
    static double accuracy(MultiLayerNetwork net, DataSet data) {
        INDArray predicted = net.output(data.getFeatures()).argMax(1);
        INDArray actual = data.getLabels().argMax(1);
        return predicted.eq(actual).castTo(DataType.DOUBLE).meanNumber().doubleValue();
    }
}
