package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Hyperparameters.DENSE_UNITS;
import static io.sparktune.runner.dl4j.model.Hyperparameters.LAYERS;
import static io.sparktune.runner.dl4j.model.Hyperparameters.UNITS;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration.ListBuilder;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.nd4j.linalg.activations.Activation;

/**
 * The recurrent network (Hochreiter and Schmidhuber, "Long Short-Term Memory", 1997; with the
 * forget gate of Gers, Schmidhuber and Cummins, 2000, its bias initialised to 1): {@code layers}
 * stacked LSTM layers of {@code units} with tanh cells and sigmoid gates; the last one's output at the
 * last time step goes to an optional fully connected layer of {@code denseUnits} (0: none) and then
 * to the output layer, so each example gets one prediction.
 *
 * <p>An image is read as a sequence of its rows ({@code height} steps of {@code width * channels}
 * features), a flat vector as {@code features} steps of one feature: {@link FeatureLayout.Sequence}.
 * {@code activation} and {@code batchNorm} apply to the dense layer only; {@code weightInit}, when not
 * given, is Xavier for the LSTM layers (tanh) and the activation's default for the dense layer.
 */
final class LstmTemplate implements Template {

    private static final Map<String, Hyperparameter> HYPERPARAMETERS = Hyperparameters.of(Hyperparameters.LSTM);

    @Override
    public String name() {
        return "lstm";
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
    public FeatureLayout.Sequence layout(InputShape input) {
        if (input instanceof InputShape.Image i) {
            return new FeatureLayout.Sequence(i.channels(), i.height(), i.width());
        }
        return new FeatureLayout.Sequence(1, input.size(), 1);
    }

    @Override
    public MultiLayerConfiguration configure(Settings s, NeuralNetConfiguration.Builder base, LayerStyle style,
            Task task, InputShape input, int outputs) {
        ListBuilder list = base.list();
        int layers = s.integer(LAYERS);
        for (int l = 1; l <= layers; l++) {
            LSTM.Builder b = new LSTM.Builder().nOut(s.integer(UNITS)).activation(Activation.TANH)
                    .gateActivationFunction(Activation.SIGMOID);
            Layer lstm = style.weights(b, style.initFor(HiddenActivation.TANH), l > 1).build();
            list.layer(l == layers ? new LastTimeStep(lstm) : lstm);
        }
        if (s.integer(DENSE_UNITS) > 0) {
            style.dense(list, s.integer(DENSE_UNITS), true);
        }
        list.layer(style.output(task, outputs));
        FeatureLayout.Sequence sequence = layout(input);
        list.setInputType(InputType.recurrent(sequence.featuresPerStep(), sequence.steps()));
        return list.build();
    }
}
