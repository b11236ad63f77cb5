package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Hyperparameters.CONV_BLOCKS;
import static io.sparktune.runner.dl4j.model.Hyperparameters.DENSE_LAYERS;
import static io.sparktune.runner.dl4j.model.Hyperparameters.DENSE_UNITS;
import static io.sparktune.runner.dl4j.model.Hyperparameters.FILTERS;
import static io.sparktune.runner.dl4j.model.Hyperparameters.FILTER_GROWTH;
import static io.sparktune.runner.dl4j.model.Hyperparameters.KERNEL_SIZE;
import static io.sparktune.runner.dl4j.model.Hyperparameters.MAX_WIDTH;
import static io.sparktune.runner.dl4j.model.Hyperparameters.POOLING;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration.ListBuilder;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/**
 * The convolutional network, for image inputs (LeCun et al., "Gradient-based learning applied to
 * document recognition", 1998): {@code convBlocks} blocks, each a {@code kernelSize x kernelSize}
 * convolution with stride 1 and "same" padding (the map keeps its size) and then, unless
 * {@code pooling} is {@code none}, a 2x2 pooling with stride 2 (the map halves, rounded up); then
 * {@code denseLayers} fully connected layers of {@code denseUnits}, then the output layer.
 *
 * <p>Block {@code b = 1, 2, ...} has {@code round(filters * filterGrowth^(b-1))} filters, at least 1
 * and at most 8192. Pooling stops once the map would fall below 2x2: a block pools only while its
 * map is at least 3x3 (an 8x8 digit: 8, 4, 2, then no more pooling). The flat features feed the
 * network directly ({@code InputType.convolutionalFlat}, channels first).
 */
final class CnnTemplate implements Template {

    private static final Map<String, Hyperparameter> HYPERPARAMETERS = Hyperparameters.of(Hyperparameters.CNN);

    @Override
    public String name() {
        return "cnn";
    }

    @Override
    public Map<String, Hyperparameter> hyperparameters() {
        return HYPERPARAMETERS;
    }

    @Override
    public Optional<String> misfit(InputShape input) {
        if (input instanceof InputShape.Flat f) {
            return Optional.of("the cnn model needs image inputs, but the dataset's examples are " + f.features()
                    + " flat features; use the mlp or lstm model");
        }
        return Optional.empty();
    }

    @Override
    public FeatureLayout layout(InputShape input) {
        return new FeatureLayout.AsIs();
    }

    @Override
    public MultiLayerConfiguration configure(Settings s, NeuralNetConfiguration.Builder base, LayerStyle style,
            Task task, InputShape input, int outputs) {
        if (!(input instanceof InputShape.Image image)) {
            throw new IllegalArgumentException("input must be an image for the cnn model, but got " + input);
        }
        base.convolutionMode(ConvolutionMode.Same);
        ListBuilder list = base.list();
        Optional<PoolingType> pooling = s.choice(POOLING, Pooling.class).dl4j();
        int height = image.height();
        int width = image.width();
        int blocks = s.integer(CONV_BLOCKS);
        for (int b = 1; b <= blocks; b++) {
            style.convolution(list, s.integer(KERNEL_SIZE), filters(s, b), b > 1);
            if (pooling.isPresent() && height >= 3 && width >= 3) {
                list.layer(new SubsamplingLayer.Builder(pooling.get()).kernelSize(2, 2).stride(2, 2).build());
                height = (height + 1) / 2;
                width = (width + 1) / 2;
            }
        }
        for (int d = 0; d < s.integer(DENSE_LAYERS); d++) {
            style.dense(list, s.integer(DENSE_UNITS), true);
        }
        list.layer(style.output(task, outputs));
        list.setInputType(InputType.convolutionalFlat(image.height(), image.width(), image.channels()));
        return list.build();
    }

    /** The number of filters of block {@code b} (1-based). */
    static int filters(Settings s, int b) {
        double f = s.integer(FILTERS) * Math.pow(s.number(FILTER_GROWTH), b - 1);
        return (int) Math.max(1, Math.min(MAX_WIDTH, Math.round(f)));
    }
}
