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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class CnnTemplateTest {

    private static List<Long> filters(MultiLayerConfiguration conf) {
        return layers(conf).stream().filter(l -> l instanceof ConvolutionLayer).map(l -> ((ConvolutionLayer) l).getNOut())
                .toList();
    }

    @Test
    void defaultsAreTwoBlocksOfMaxPooledSameConvolutionsAndOneDenseLayer() {
        MultiLayerConfiguration conf = conf("cnn", Map.of(), DIGIT, 10);
        List<Layer> layers = layers(conf);
        assertEquals(6, layers.size());
        ConvolutionLayer first = (ConvolutionLayer) layers.get(0);
        assertArrayEquals(new int[] {3, 3}, first.getKernelSize());
        assertArrayEquals(new int[] {1, 1}, first.getStride());
        assertEquals(ConvolutionMode.Same, first.getConvolutionMode());
        assertEquals(1, first.getNIn());
        assertEquals(PoolingType.MAX, ((SubsamplingLayer) layers.get(1)).getPoolingType());
        assertArrayEquals(new int[] {2, 2}, ((SubsamplingLayer) layers.get(1)).getKernelSize());
        assertEquals(List.of(32L, 64L), filters(conf));
        assertEquals(128, ((DenseLayer) layers.get(4)).getNOut());
        assertEquals(64 * 2 * 2, ((DenseLayer) layers.get(4)).getNIn());
        assertEquals(10, ((OutputLayer) layers.get(5)).getNOut());
    }

    @Test
    void filtersGrowPerBlockAndPoolingStopsAtTwoByTwo() {
        MultiLayerConfiguration conf = conf("cnn", hp("convBlocks", 4L, "filters", 8L, "filterGrowth", 1.5,
                "pooling", "avg", "kernelSize", 5L, "denseLayers", 0L), DIGIT, 10);
        assertEquals(List.of(8L, 12L, 18L, 27L), filters(conf));
        List<Layer> layers = layers(conf);
        long pools = layers.stream().filter(l -> l instanceof SubsamplingLayer).count();
        assertEquals(2, pools, "8x8 -> 4x4 -> 2x2, then no more pooling");
        assertEquals(PoolingType.AVG, ((SubsamplingLayer) layers.get(1)).getPoolingType());
        assertEquals(27 * 2 * 2, ((OutputLayer) layers.get(layers.size() - 1)).getNIn());
        assertEquals(0, layers(conf("cnn", hp("pooling", "none"), DIGIT, 10)).stream()
                .filter(l -> l instanceof SubsamplingLayer).count());
        assertEquals(3, layers(conf("cnn", hp("convBlocks", 3L), new InputShape.Image(28, 28, 1), 10)).stream()
                .filter(l -> l instanceof SubsamplingLayer).count(), "28 -> 14 -> 7 -> 4");
    }

    @Test
    void batchNormAndDropoutInTheBlocksAndTheHead() {
        List<Layer> layers = layers(conf("cnn", hp("batchNorm", true, "dropout", 0.5, "convBlocks", 2L), DIGIT, 10));
        // conv, bn, act, pool, conv, bn, act, pool, dense, bn, act, out
        assertEquals(12, layers.size());
        assertInstanceOf(BatchNormalization.class, layers.get(1));
        assertInstanceOf(ActivationLayer.class, layers.get(2));
        assertNull(layers.get(0).getIDropout());
        assertEquals(0.5, ((Dropout) layers.get(4).getIDropout()).getP());
        assertEquals(0.5, ((Dropout) layers.get(8).getIDropout()).getP());
        assertEquals(0.5, ((Dropout) layers.get(11).getIDropout()).getP());
    }

    @Test
    void itTrainsOnEightByEightImagesAndGivesOneRowPerExample() {
        BuiltModel built = Models.build("cnn", hp("convBlocks", 3L, "filters", 4L, "denseUnits", 16L, "batchNorm", true),
                Task.CLASSIFICATION, DIGIT, 10, 5);
        DataSet data = Nets.random(64, 64, 10, 1);
        assertSame(data, built.plan().adapt(data));
        MultiLayerNetwork net = Nets.network(built.configuration());
        net.fit(Nets.batches(data, 16));
        assertEquals(1, net.getEpochCount());
        assertArrayEquals(new long[] {64, 10}, net.output(data.getFeatures()).shape());
        assertTrue(Double.isFinite(net.score(data)));
    }

    @Test
    void itTakesColourImages() {
        BuiltModel built = Models.build("cnn", hp("filters", 4L), Task.REGRESSION, new InputShape.Image(6, 5, 3), 2, 5);
        MultiLayerNetwork net = Nets.network(built.configuration());
        assertArrayEquals(new long[] {3, 2}, net.output(Nets.random(3, 90, 2, 1).getFeatures()).shape());
    }

    @Test
    void flatInputIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Models.build("cnn", Map.of(), Task.CLASSIFICATION, new InputShape.Flat(64), 10, 1));
        assertEquals("the model must fit the input, but the cnn model needs image inputs, but the dataset's examples"
                + " are 64 flat features; use the mlp or lstm model", e.getMessage());
    }
}
