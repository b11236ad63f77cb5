package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Nets.DIGIT;
import static io.sparktune.runner.dl4j.model.Nets.conf;
import static io.sparktune.runner.dl4j.model.Nets.hp;
import static io.sparktune.runner.dl4j.model.Nets.layers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.regularization.L2Regularization;

class LstmTemplateTest {

    @Test
    void defaultsAreOneLstmOf64ReadAtTheLastStep() {
        List<Layer> layers = layers(conf("lstm", Map.of(), DIGIT, 10));
        assertEquals(2, layers.size());
        LSTM lstm = (LSTM) ((LastTimeStep) layers.get(0)).getUnderlying();
        assertEquals(8, lstm.getNIn(), "a row of 8 pixels per step");
        assertEquals(64, lstm.getNOut());
        assertEquals(Activation.TANH.getActivationFunction(), lstm.getActivationFn());
        assertEquals(WeightInit.XAVIER.getWeightInitFunction(), lstm.getWeightInitFn());
        assertEquals(64, ((OutputLayer) layers.get(1)).getNIn());
    }

    @Test
    void stackedLayersDropoutAndADenseHead() {
        List<Layer> layers = layers(conf("lstm", hp("layers", 2L, "units", 16L, "denseUnits", 32L, "dropout", 0.2,
                "activation", "tanh"), DIGIT, 10));
        assertEquals(4, layers.size());
        LSTM first = (LSTM) layers.get(0);
        assertNull(first.getIDropout());
        LSTM second = (LSTM) ((LastTimeStep) layers.get(1)).getUnderlying();
        assertEquals(16, second.getNIn());
        assertEquals(0.8, ((Dropout) second.getIDropout()).getP(), 1e-12);
        DenseLayer head = (DenseLayer) layers.get(2);
        assertEquals(32, head.getNOut());
        assertEquals(Activation.TANH.getActivationFunction(), head.getActivationFn());
        assertInstanceOf(OutputLayer.class, layers.get(3));
    }

    @Test
    void theWrappedLastLayerGetsTheOptimiserClippingAndRegularisation() {
        List<Layer> layers = layers(conf("lstm", hp("optimizer", "nadam", "learningRate", 0.01, "gradientClipping",
                "norm", "clipThreshold", 2.0, "l2", 1e-4), DIGIT, 10));
        LSTM lstm = (LSTM) ((LastTimeStep) layers.get(0)).getUnderlying();
        assertInstanceOf(Nadam.class, lstm.getIUpdater());
        assertEquals(0.01, lstm.getIUpdater().getLearningRate(0, 0), 1e-12);
        assertEquals(GradientNormalization.ClipL2PerLayer, lstm.getGradientNormalization());
        assertEquals(2.0, lstm.getGradientNormalizationThreshold());
        assertEquals(List.of(new L2Regularization(1e-4)), lstm.getRegularization());
    }

    @Test
    void imagesAreReadRowByRow() {
        FeatureLayout.Sequence layout = new LstmTemplate().layout(new InputShape.Image(2, 3, 1));
        assertEquals(new FeatureLayout.Sequence(1, 2, 3), layout);
        // one 2x3 image, rows (0 1 2) and (3 4 5): step t holds row t
        INDArray nwc = layout.arrange(Nd4j.createFromArray(new float[][] {{0, 1, 2, 3, 4, 5}}));
        assertArrayEquals(new long[] {1, 3, 2}, nwc.shape());
        assertArrayEquals(new float[] {0, 1, 2}, nwc.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(0))
                .toFloatVector());
        assertArrayEquals(new float[] {3, 4, 5}, nwc.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(1))
                .toFloatVector());
    }

    @Test
    void colourImagesKeepEachPixelsChannelsInItsStep() {
        // 2 channels, 2 rows, 2 columns: value = 100 c + 10 h + w
        float[] flat = new float[8];
        for (int c = 0; c < 2; c++) {
            for (int h = 0; h < 2; h++) {
                for (int w = 0; w < 2; w++) {
                    flat[c * 4 + h * 2 + w] = 100 * c + 10 * h + w;
                }
            }
        }
        INDArray ncw = new LstmTemplate().layout(new InputShape.Image(2, 2, 2)).arrange(Nd4j.createFromArray(
                new float[][] {flat}));
        assertArrayEquals(new long[] {1, 4, 2}, ncw.shape());
        for (int h = 0; h < 2; h++) {
            float[] step = ncw.slice(0).getColumn(h).toFloatVector();
            assertArrayEquals(new float[] {10 * h, 10 * h + 1, 100 + 10 * h, 101 + 10 * h}, step);
        }
    }

    @Test
    void flatDataIsASequenceOfSingleFeatures() {
        FeatureLayout layout = new LstmTemplate().layout(new InputShape.Flat(4));
        INDArray ncw = layout.arrange(Nd4j.createFromArray(new float[][] {{1, 2, 3, 4}, {5, 6, 7, 8}}));
        assertArrayEquals(new long[] {2, 1, 4}, ncw.shape());
        assertArrayEquals(new float[] {5, 6, 7, 8}, ncw.slice(1).toFloatVector());
    }

    @Test
    void itTrainsOnShortSequencesAndGivesOneRowPerExample() {
        BuiltModel built = Models.build("lstm", hp("layers", 2L, "units", 8L, "denseUnits", 8L), Task.CLASSIFICATION,
                new InputShape.Flat(6), 3, 9);
        DataSet flat = Nets.random(40, 6, 3, 2);
        DataSet data = built.plan().adapt(flat);
        assertArrayEquals(new long[] {40, 1, 6}, data.getFeatures().shape());
        assertSame(flat.getLabels(), data.getLabels());
        MultiLayerNetwork net = Nets.network(built.configuration());
        net.fit(Nets.batches(data, 10));
        assertEquals(1, net.getEpochCount());
        INDArray out = net.output(data.getFeatures());
        assertArrayEquals(new long[] {40, 3}, out.shape());
        assertArrayEquals(new float[40], out.sum(1).subi(1).toFloatVector(), 1e-5f, "softmax rows sum to 1");
    }

    @Test
    void itReadsDigitsAsRows() {
        BuiltModel built = Models.build("lstm", hp("units", 8L), Task.REGRESSION, DIGIT, 1, 9);
        DataSet data = built.plan().adapt(Nets.random(5, 64, 1, 3));
        assertArrayEquals(new long[] {5, 8, 8}, data.getFeatures().shape());
        assertArrayEquals(new long[] {5, 1}, Nets.network(built.configuration()).output(data.getFeatures()).shape());
    }
}
