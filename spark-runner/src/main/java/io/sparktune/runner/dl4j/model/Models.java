package io.sparktune.runner.dl4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.JsonPaths;
import io.sparktune.spec.Problems;
import io.sparktune.spec.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The model templates by name ({@code mlp}, {@code cnn}, {@code lstm}): their hyperparameters, the
 * check of a study against them, and the network of one trial. docs/dl4j-hyperparameters.md lists
 * every hyperparameter with its type, range, default and meaning.
 */
public final class Models {

    private static final Map<String, Template> TEMPLATES = templates(new MlpTemplate(), new CnnTemplate(),
            new LstmTemplate());

    private Models() {
    }

    private static Map<String, Template> templates(Template... all) {
        Map<String, Template> out = new LinkedHashMap<>();
        for (Template t : all) {
            out.put(t.name(), t);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The model names: {@code mlp}, {@code cnn}, {@code lstm}. */
    public static List<String> names() {
        return List.copyOf(TEMPLATES.keySet());
    }

    /**
     * Every hyperparameter name this model knows, the model's own first, then the common ones.
     *
     * @throws IllegalArgumentException when {@code model} is not one of {@link #names()}
     */
    public static Set<String> parameterNames(String model) {
        return template(model).hyperparameters().keySet();
    }

    /**
     * Checks a study before any training: every space parameter and every fixed hyperparameter is
     * known to the model ({@code $.space.unitz: not a hyperparameter of the mlp model, did you mean
     * "units"? (mlp knows: ...)}); every value they can take has the right type and range (the value
     * of a fixed one, the choices of a categorical one, the bounds of a float or int one); the model
     * fits the data's input when it is known (the cnn needs images: a problem at
     * {@code fixedPath.model}). An unknown model is a problem at {@code fixedPath.model}.
     *
     * @param space the study's space, or null when it has problems of its own
     * @param fixed the fixed hyperparameters: name to its JSON value at {@code fixedPath.name}
     * @param fixedPath where the fixed hyperparameters are, {@code $.trainer}
     * @param input the shape of the data's examples, when known without loading it
     */
    public static void check(String model, SearchSpace space, Map<String, JsonNode> fixed, String fixedPath,
            Optional<InputShape> input, Problems problems) {
        Template t = TEMPLATES.get(model);
        if (t == null) {
            problems.add(JsonPaths.child(fixedPath, "model"), "must be one of " + String.join(", ", names())
                    + "; got " + (model == null ? "nothing" : "\"" + model + "\"")
                    + (model == null ? "" : Suggestions.didYouMean(model, names())));
            return;
        }
        HyperparameterCheck.check(t, space, fixed, fixedPath, input, problems);
    }

    /**
     * The network for one trial, in FLOAT, with workspaces on for training and inference.
     *
     * @param hyperparameters the trial's values merged with the fixed ones (Double, Long, Integer,
     *     String or Boolean); missing ones take their documented defaults
     * @param outputs the number of classes (classification) or of predicted values (regression)
     * @param seed the seed of the initial weights and of dropout: same hyperparameters and seed, same
     *     initial weights
     * @throws IllegalArgumentException when a hyperparameter is unknown or out of range, or the model
     *     does not fit {@code input} (what {@link #check} reports)
     */
    public static BuiltModel build(String model, Map<String, Object> hyperparameters, Task task, InputShape input,
            int outputs, long seed) {
        Template t = template(model);
        t.misfit(input).ifPresent(m -> {
            throw new IllegalArgumentException("the model must fit the input, but " + m);
        });
        if (outputs < 1) {
            throw new IllegalArgumentException("outputs >= 1 must hold, but got " + outputs);
        }
        Settings s = Settings.of(model, t.hyperparameters(), hyperparameters);
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .updater(Optimizers.updater(s));
        Optimizers.clip(s, base);
        MultiLayerConfiguration configuration = t.configure(s, base, LayerStyle.of(s), task, input, outputs);
        TrainingPlan plan = new TrainingPlan(s.integer(Hyperparameters.BATCH_SIZE),
                s.integer(Hyperparameters.MAX_EPOCHS), Optimizers.plateau(s), t.layout(input));
        return new BuiltModel(configuration, plan);
    }

    private static Template template(String model) {
        Template t = TEMPLATES.get(model);
        if (t == null) {
            throw new IllegalArgumentException("model must be one of " + names() + ", but got " + model);
        }
        return t;
    }
}
