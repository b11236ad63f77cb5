package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Hyperparameters.LAYERS;
import static io.sparktune.runner.dl4j.model.Hyperparameters.PER_LAYER_UNITS;
import static io.sparktune.runner.dl4j.model.Hyperparameters.SHAPE;
import static io.sparktune.runner.dl4j.model.Hyperparameters.UNITS;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration.ListBuilder;
import org.deeplearning4j.nn.conf.inputs.InputType;

/**
 * The multilayer perceptron: {@code layers} fully connected hidden layers, widths from
 * {@code units}, {@code shape} and {@code units1 .. units5} ({@link UnitsShape}), then the output
 * layer. Any input, read as its flat features.
 */
final class MlpTemplate implements Template {

    private static final Map<String, Hyperparameter> HYPERPARAMETERS = Hyperparameters.of(Hyperparameters.MLP);

    @Override
    public String name() {
        return "mlp";
    }

    @Override
    public Map<String, Hyperparameter> hyperparameters() {
        return HYPERPARAMETERS;
    }

    @Override
    public Optional<String> misfit(InputShape input) {
        return Optional.empty();
    }

    @Override
    public FeatureLayout layout(InputShape input) {
        return new FeatureLayout.AsIs();
    }

    @Override
    public MultiLayerConfiguration configure(Settings s, NeuralNetConfiguration.Builder base, LayerStyle style,
            Task task, InputShape input, int outputs) {
        ListBuilder list = base.list();
        int[] widths = widths(s, outputs);
        for (int i = 0; i < widths.length; i++) {
            style.dense(list, widths[i], i > 0);
        }
        list.layer(style.output(task, outputs));
        list.setInputType(InputType.feedForward(input.size()));
        return list.build();
    }

    /** The width of each hidden layer. */
    static int[] widths(Settings s, int outputs) {
        int layers = s.integer(LAYERS);
        int units = s.integer(UNITS);
        UnitsShape shape = s.choice(SHAPE, UnitsShape.class);
        int[] out = new int[layers];
        for (int i = 1; i <= layers; i++) {
            Optional<Integer> own = i <= PER_LAYER_UNITS ? s.optionalInteger(UNITS + i) : Optional.empty();
            out[i - 1] = own.orElse(shape.width(i, layers, units, outputs));
        }
        return out;
    }
}
