package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Nets.conf;
import static io.sparktune.runner.dl4j.model.Nets.hp;
import static io.sparktune.runner.dl4j.model.Nets.layers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.dropout.AlphaDropout;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.regularization.L1Regularization;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

class MlpTemplateTest {

    private static final InputShape FLAT = new InputShape.Flat(20);

    private static List<Integer> widths(MultiLayerConfiguration conf) {
        return layers(conf).stream().filter(l -> l instanceof DenseLayer)
                .map(l -> (int) ((DenseLayer) l).getNOut()).toList();
    }

    @Test
    void defaultsAreTwoReluLayersOf64WithHeInitAndASoftmaxOutput() {
        MultiLayerConfiguration conf = conf("mlp", Map.of(), FLAT, 3);
        List<Layer> layers = layers(conf);
        assertEquals(3, layers.size());
        assertEquals(List.of(64, 64), widths(conf));
        assertEquals(20, ((DenseLayer) layers.get(0)).getNIn());
        for (Layer l : layers.subList(0, 2)) {
            assertEquals(Activation.RELU.getActivationFunction(), ((BaseLayer) l).getActivationFn());
            assertEquals(WeightInit.RELU.getWeightInitFunction(), ((BaseLayer) l).getWeightInitFn());
            assertNull(l.getIDropout());
            assertTrue(((BaseLayer) l).getRegularization().isEmpty());
        }
        OutputLayer out = (OutputLayer) layers.get(2);
        assertEquals(3, out.getNOut());
        assertEquals(Activation.SOFTMAX.getActivationFunction(), out.getActivationFn());
        assertInstanceOf(LossMCXENT.class, out.getLossFn());
        assertEquals(WeightInit.XAVIER.getWeightInitFunction(), out.getWeightInitFn());
    }

    @Test
    void theNetworkIsFloatWithWorkspacesOnAndNoPreprocessors() {
        MultiLayerConfiguration conf = conf("mlp", Map.of(), FLAT, 3);
        assertEquals(DataType.FLOAT, conf.getDataType());
        assertEquals(WorkspaceMode.ENABLED, conf.getTrainingWorkspaceMode());
        assertEquals(WorkspaceMode.ENABLED, conf.getInferenceWorkspaceMode());
        assertTrue(conf.getInputPreProcessors().isEmpty());
        assertEquals(42, conf.getConf(0).getSeed());
    }

    @Test
    void regressionHasAnIdentityOutputWithSquaredError() {
        MultiLayerConfiguration conf = Models.build("mlp", Map.of(), Task.REGRESSION, FLAT, 1, 1).configuration();
        OutputLayer out = (OutputLayer) layers(conf).get(2);
        assertEquals(1, out.getNOut());
        assertEquals(Activation.IDENTITY.getActivationFunction(), out.getActivationFn());
        assertInstanceOf(LossMSE.class, out.getLossFn());
    }

    @Test
    void shapesSetTheWidths() {
        assertEquals(List.of(64, 64, 64), widths(conf("mlp", hp("layers", 3L, "units", 64L), FLAT, 10)));
        assertEquals(List.of(64, 32, 16),
                widths(conf("mlp", hp("layers", 3L, "units", 64L, "shape", "pyramid"), FLAT, 10)));
        assertEquals(List.of(64, 46, 28),
                widths(conf("mlp", hp("layers", 3L, "units", 64L, "shape", "funnel"), FLAT, 10)));
        assertEquals(List.of(4, 2, 1, 1, 1),
                widths(conf("mlp", hp("layers", 5L, "units", 4L, "shape", "pyramid"), FLAT, 10)));
    }

    @Test
    void perLayerUnitsOverrideTheShapeForTheirLayer() {
        Map<String, Object> hp = hp("layers", 4L, "units", 100L, "shape", "pyramid", "units2", 7L, "units4", 9,
                "units5", 11L);
        assertEquals(List.of(100, 7, 25, 9), widths(conf("mlp", hp, FLAT, 10)));
    }

    @Test
    void theActivationChoosesItsInitUnlessOneIsGiven() {
        Map<String, WeightInit> expected = Map.of("relu", WeightInit.RELU, "leakyrelu", WeightInit.RELU, "elu",
                WeightInit.RELU, "swish", WeightInit.RELU, "selu", WeightInit.LECUN_NORMAL, "tanh", WeightInit.XAVIER,
                "sigmoid", WeightInit.XAVIER);
        expected.forEach((activation, init) -> {
            DenseLayer first = (DenseLayer) layers(conf("mlp", hp("activation", activation), FLAT, 2)).get(0);
            assertEquals(init.getWeightInitFunction(), first.getWeightInitFn(), activation);
            assertEquals(HiddenActivation.valueOf(activation.toUpperCase()).dl4j().getActivationFunction(),
                    first.getActivationFn());
        });
        Map<String, WeightInit> given = Map.of("xavier", WeightInit.XAVIER, "glorot", WeightInit.XAVIER, "he",
                WeightInit.RELU, "lecun", WeightInit.LECUN_NORMAL);
        given.forEach((name, init) -> {
            DenseLayer first = (DenseLayer) layers(conf("mlp", hp("activation", "tanh", "weightInit", name), FLAT, 2))
                    .get(0);
            assertEquals(init.getWeightInitFunction(), first.getWeightInitFn(), name);
        });
    }

    @Test
    void dropoutActsOnTheOutputOfEveryHiddenLayerAsARetainProbability() {
        List<Layer> layers = layers(conf("mlp", hp("layers", 3L, "dropout", 0.25), FLAT, 2));
        assertNull(layers.get(0).getIDropout());
        for (Layer l : layers.subList(1, 4)) {
            assertEquals(0.75, ((Dropout) l.getIDropout()).getP(), 1e-12);
        }
    }

    @Test
    void seluTakesAlphaDropout() {
        List<Layer> layers = layers(conf("mlp", hp("activation", "selu", "dropout", 0.1), FLAT, 2));
        assertEquals(0.9, ((AlphaDropout) layers.get(1).getIDropout()).getP(), 1e-12);
    }

    @Test
    void l1L2AndWeightDecayGoOnEveryWeightLayerOnce() {
        List<Layer> layers = layers(conf("mlp", hp("l1", 1e-5, "l2", 1e-4, "weightDecay", 0.01), FLAT, 2));
        for (Layer l : layers) {
            assertEquals(List.of(new L1Regularization(1e-5), new L2Regularization(1e-4), new WeightDecay(0.01, true)),
                    ((BaseLayer) l).getRegularization());
            assertTrue(((BaseLayer) l).getRegularizationBias().isEmpty());
        }
    }

    @Test
    void batchNormGoesBetweenWeightsAndActivation() {
        List<Layer> layers = layers(conf("mlp", hp("layers", 2L, "batchNorm", true, "activation", "elu"), FLAT, 2));
        assertEquals(7, layers.size());
        for (int i = 0; i < 6; i += 3) {
            DenseLayer dense = (DenseLayer) layers.get(i);
            assertEquals(Activation.IDENTITY.getActivationFunction(), dense.getActivationFn());
            assertEquals(false, dense.hasBias());
            assertInstanceOf(BatchNormalization.class, layers.get(i + 1));
            assertEquals(Activation.ELU.getActivationFunction(),
                    ((ActivationLayer) layers.get(i + 2)).getActivationFn());
        }
        assertInstanceOf(OutputLayer.class, layers.get(6));
        assertEquals(5, layers(conf("mlp", hp("layers", 4L), FLAT, 2)).size());
    }
}
