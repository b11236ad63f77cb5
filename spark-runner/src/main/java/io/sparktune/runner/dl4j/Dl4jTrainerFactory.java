package io.sparktune.runner.dl4j;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparktune.runner.data.DatasetSpec;
import io.sparktune.runner.data.Task;
import io.sparktune.runner.dl4j.model.Models;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Options;
import io.sparktune.spec.Problems;
import io.sparktune.spec.Suggestions;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrainerFactory;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trial.Objective;
import io.sparktune.trial.Reduce;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code "trainer": {"type": "dl4j", "model": "mlp", "dataset": {"type": "digits"}, "reportEvery": 0,
 * "maxEpochs": 20, ...}}:
 * <ul>
 *   <li>{@code model} (required): mlp, cnn or lstm ({@link Models});</li>
 *   <li>{@code dataset} (required): an object, or a name alone such as {@code "digits"}
 *       ({@link DatasetSpec});</li>
 *   <li>{@code reportEvery} (default 0): 0 reports after every epoch, with the epoch as the step;
 *       N reports every N iterations, with the iteration as the step;</li>
 *   <li>every other key fixes a hyperparameter of the model, under the names the space uses
 *       (docs/dl4j-hyperparameters.md); a name may be fixed here or searched in the space, not both.</li>
 * </ul>
 * The study's {@code objective.metric} is {@code val_loss} (minimised) or {@code val_accuracy}
 * (maximised, classification only). Everything is checked here, before any trial starts; the data is
 * loaded on the first trial.
 */
public final class Dl4jTrainerFactory implements TrainerFactory {

    static final int MAX_REPORT_EVERY = 1_000_000_000;
    static final List<String> OWN_OPTIONS = List.of("model", "dataset", "reportEvery");

    @Override
    public String type() {
        return "dl4j";
    }

    @Override
    public Trainer create(Options options, TrainerSetup setup) {
        Problems problems = options.problems();
        int before = problems.list().size();
        String model = options.getChoice("model", null, Models.names());
        Optional<DatasetSpec> dataset = dataset(options, setup);
        int reportEvery = options.getInt("reportEvery", 0, 0, MAX_REPORT_EVERY);
        Map<String, JsonNode> fixedNodes = withoutMisspeltOptions(options.remaining(), model, options);
        Map<String, Object> fixed = fixedValues(fixedNodes, options, setup.space());
        Metric metric = metric(setup.objective(), dataset.map(DatasetSpec::knownTask), problems);
        if (model != null) {
            Models.check(model, setup.space(), fixedNodes, options.path(),
                    dataset.flatMap(DatasetSpec::knownInput), problems);
        }
        if (problems.list().size() > before || model == null || dataset.isEmpty() || metric == null) {
            return unusable();
        }
        Reduce reduce = setup.objective() == null ? Reduce.BEST : setup.objective().reduce();
        return new Dl4jTrainer(new Dl4jSettings(model, dataset.get(), reportEvery, fixed, metric, reduce));
    }

    private static Optional<DatasetSpec> dataset(Options options, TrainerSetup setup) {
        Optional<JsonNode> node = options.raw("dataset");
        if (node.isEmpty()) {
            options.problem("dataset", "is required, such as {\"type\": \"digits\"}");
            return Optional.empty();
        }
        return DatasetSpec.read(node.get(), options.pathOf("dataset"), options.problems(), setup.baseDirectory());
    }

    /**
     * The fixed hyperparameters, less the keys that are no hyperparameter of the model but close to
     * one of the trainer's own options ({@code modle}): those are reported as misspelt options.
     */
    private static Map<String, JsonNode> withoutMisspeltOptions(Map<String, JsonNode> fixed, String model,
            Options options) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        fixed.forEach((name, node) -> {
            String suggestion = Suggestions.didYouMean(name, OWN_OPTIONS);
            if (!suggestion.isEmpty() && (model == null || !Models.parameterNames(model).contains(name))) {
                options.problem(name, "unknown option" + suggestion + " (the trainer's own options: "
                        + String.join(", ", OWN_OPTIONS) + "; every other field is a hyperparameter)");
            } else {
                out.put(name, node);
            }
        });
        return out;
    }

    /** The fixed hyperparameters as Java values; a name also in the space is a problem. */
    private static Map<String, Object> fixedValues(Map<String, JsonNode> nodes, Options options, SearchSpace space) {
        Map<String, Object> out = new LinkedHashMap<>();
        nodes.forEach((name, node) -> {
            if (space.parameter(name).isPresent()) {
                options.problem(name, "is also in the space ($.space." + name + "): a hyperparameter is either"
                        + " searched or fixed, not both");
            } else if (node.isIntegralNumber()) {
                out.put(name, node.asLong());
            } else if (node.isNumber()) {
                out.put(name, node.asDouble());
            } else if (node.isTextual()) {
                out.put(name, node.asText());
            } else if (node.isBoolean()) {
                out.put(name, node.asBoolean());
            } else {
                options.problem(name, "must be a number, a string or true/false (a fixed hyperparameter)");
            }
        });
        return out;
    }

    /** The metric the objective names, checked against the data's task and the direction. */
    static Metric metric(Objective objective, Optional<Task> task, Problems problems) {
        if (objective == null) {
            return Metric.VAL_LOSS;
        }
        Optional<Metric> metric = Metric.of(objective.metric());
        if (metric.isEmpty()) {
            String suggestion = Metric.of("val_" + objective.metric()).isPresent()
                    ? ", did you mean \"val_" + objective.metric() + "\"?"
                    : Suggestions.didYouMean(objective.metric(), Metric.jsonNames());
            problems.add("$.objective.metric", "the dl4j trainer reports " + String.join(" or ", Metric.jsonNames())
                    + ", got \"" + objective.metric() + "\"" + suggestion);
            return null;
        }
        if (metric.get().classificationOnly() && task.isPresent() && task.get() != Task.CLASSIFICATION) {
            problems.add("$.objective.metric", metric.get().jsonName() + " needs a classification dataset;"
                    + " this one is a regression: use val_loss");
            return null;
        }
        if (objective.direction() != metric.get().direction()) {
            String want = metric.get().direction().name().toLowerCase(java.util.Locale.ROOT);
            problems.add("$.objective.direction", "must be " + want + " for " + metric.get().jsonName()
                    + ", got " + objective.direction().name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        return metric.get();
    }

    /** What the factory returns when its options have problems: they are thrown before any trial runs. */
    private static Trainer unusable() {
        return context -> {
            throw new IllegalStateException("the dl4j trainer cannot run: its options have problems");
        };
    }
}
