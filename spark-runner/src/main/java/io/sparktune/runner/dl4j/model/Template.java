package io.sparktune.runner.dl4j.model;

import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;

/** One kind of network (mlp, cnn, lstm): its hyperparameters and how it is built from them. */
interface Template {

    /** The model's name in the study file. */
    String name();

    /** Every hyperparameter the model knows, its own first, then the common ones. */
    Map<String, Hyperparameter> hyperparameters();

    /** Why the model cannot take {@code input}, if it cannot: a message after {@code $.trainer.model: }. */
    Optional<String> misfit(InputShape input);

    /** How the network wants the features of {@code input} laid out. */
    FeatureLayout layout(InputShape input);

    /**
     * The layers on {@code base} (seed, data type, optimiser, clipping set), the output layer last.
     * {@code input} fits (no {@link #misfit}).
     */
    MultiLayerConfiguration configure(Settings s, NeuralNetConfiguration.Builder base, LayerStyle style, Task task,
            InputShape input, int outputs);
}
