package io.sparktune.runner.dl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.runner.data.InputShape;
import io.sparktune.runner.data.Task;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Problem;
import io.sparktune.spec.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelsCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MLP_KNOWS = "layers, units, units1, units2, units3, units4, units5, shape, optimizer,"
            + " learningRate, momentum, schedule, decayRate, decayEvery, plateauPatience, plateauFactor,"
            + " minLearningRate, gradientClipping, clipThreshold, batchSize, maxEpochs, l1, l2, weightDecay, dropout,"
            + " activation, weightInit, batchNorm";

    private static List<String> check(String model, SearchSpace space, String fixedJson, Optional<InputShape> input) {
        Map<String, JsonNode> fixed = new LinkedHashMap<>();
        try {
            JSON.readTree(fixedJson).properties().forEach(e -> fixed.put(e.getKey(), e.getValue()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Problems problems = new Problems();
        Models.check(model, space, fixed, "$.trainer", input, problems);
        return problems.list().stream().map(Problem::toString).toList();
    }

    private static List<String> check(SearchSpace space) {
        return check("mlp", space, "{}", Optional.empty());
    }

    @Test
    void theModelsAndTheirNames() {
        assertEquals(List.of("mlp", "cnn", "lstm"), Models.names());
        assertEquals(MLP_KNOWS, String.join(", ", Models.parameterNames("mlp")));
        assertEquals(List.of("convBlocks", "filters", "filterGrowth", "kernelSize", "pooling", "denseUnits",
                "denseLayers", "optimizer"), List.copyOf(Models.parameterNames("cnn")).subList(0, 8));
        assertEquals(List.of("layers", "units", "denseUnits", "optimizer"),
                List.copyOf(Models.parameterNames("lstm")).subList(0, 4));
        assertTrue(Models.parameterNames("lstm").contains("batchNorm"));
        assertThrows(IllegalArgumentException.class, () -> Models.parameterNames("rnn"));
    }

    @Test
    void aValidStudyHasNoProblems() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("layers", IntDomain.of(1, 3)),
                Parameter.of("units", new IntDomain(16, 256, true, 1)),
                Parameter.of("learningRate", FloatDomain.logOf(1e-4, 1e-1)),
                Parameter.of("activation", CategoricalDomain.of("relu", "tanh", "elu")),
                Parameter.of("optimizer", CategoricalDomain.of("sgd", "momentum", "adam")),
                new Parameter("momentum", FloatDomain.of(0.5, 0.99), Condition.on("optimizer", "momentum")),
                Parameter.of("units1", CategoricalDomain.of(32L, 64L)),
                Parameter.of("batchNorm", CategoricalDomain.of(true, false)),
                Parameter.of("clipThreshold", IntDomain.of(1, 5)),
                Parameter.of("dropout", new FloatDomain(0, 0.5, false, 0.1)),
                Parameter.of("shape", new FixedDomain("funnel")));
        assertEquals(List.of(), check("mlp", space, "{\"maxEpochs\": 20, \"batchSize\": 32, \"l2\": 1e-4,"
                + " \"weightDecay\": 0, \"learningRate\": 1, \"schedule\": \"plateau\", \"layers\": 2.0}",
                Optional.of(new InputShape.Flat(10))));
    }

    @Test
    void anUnknownNameIsNamedWithDidYouMean() {
        assertEquals(List.of("$.space.unitz: not a hyperparameter of the mlp model, did you mean \"units\"? (mlp knows: "
                + MLP_KNOWS + ")"), check(SearchSpace.of(Parameter.of("unitz", IntDomain.of(1, 3)))));
        assertEquals(List.of("$.trainer.lr: not a hyperparameter of the mlp model, did you mean \"learningRate\"? (mlp"
                + " knows: " + MLP_KNOWS + ")", "$.trainer.batch_size: not a hyperparameter of the mlp model, did you"
                + " mean \"batchSize\"? (mlp knows: " + MLP_KNOWS + ")", "$.trainer.frobnicate: not a hyperparameter of"
                + " the mlp model (mlp knows: " + MLP_KNOWS + ")"),
                check("mlp", null, "{\"lr\": 0.1, \"batch_size\": 3, \"frobnicate\": 1}", Optional.empty()));
        List<String> cnn = check("cnn", SearchSpace.of(Parameter.of("units", IntDomain.of(1, 3))), "{}",
                Optional.empty());
        assertTrue(cnn.get(0).startsWith("$.space.units: not a hyperparameter of the cnn model (cnn knows: convBlocks,"),
                cnn.get(0));
    }

    @Test
    void aChoiceThatIsNotAllowedIsNamedByItsIndex() {
        assertEquals(List.of("$.space.optimizer.choices[1]: must be one of sgd, momentum, nesterov, adam, adamax,"
                + " nadam, rmsprop, adagrad, amsgrad; got \"adamw\", did you mean \"adam\"?"),
                check(SearchSpace.of(Parameter.of("optimizer", CategoricalDomain.of("adam", "adamw")))));
        assertEquals(List.of("$.space.activation.choices[0]: must be one of relu, leakyrelu, elu, selu, swish, tanh,"
                + " sigmoid; got \"gelu\", did you mean \"relu\"?", "$.space.activation.choices[1]: must be one of relu, leakyrelu, elu, selu,"
                + " swish, tanh, sigmoid; got 3"),
                check(SearchSpace.of(Parameter.of("activation", CategoricalDomain.of("gelu", 3L)))));
        assertEquals(List.of("$.space.units.choices[2]: must be between 1 and 8192, got 0",
                "$.space.units.choices[3]: must be an integer, got 2.5",
                "$.space.units.choices[4]: must be an integer, got \"64\""),
                check(SearchSpace.of(Parameter.of("units", CategoricalDomain.of(32L, 64L, 0L, 2.5, "64")))));
        assertEquals(List.of("$.space.batchNorm.choices[1]: must be true or false, got \"yes\""),
                check(SearchSpace.of(Parameter.of("batchNorm", CategoricalDomain.of(true, "yes")))));
    }

    @Test
    void boundsOutOfRangeAreNamedAtLowOrHigh() {
        assertEquals(List.of("$.space.dropout.high: must be in [0, 1), got 1.0"),
                check(SearchSpace.of(Parameter.of("dropout", FloatDomain.of(0, 1)))));
        assertEquals(List.of("$.space.learningRate.low: must be in (0, 1000000], got 0.0"),
                check(SearchSpace.of(Parameter.of("learningRate", FloatDomain.of(0, 0.1)))));
        assertEquals(List.of("$.space.layers.low: must be between 1 and 10, got 0",
                "$.space.layers.high: must be between 1 and 10, got 12"),
                check(SearchSpace.of(Parameter.of("layers", IntDomain.of(0, 12)))));
        assertEquals(List.of("$.space.clipThreshold.low: must be > 0, got 0"),
                check(SearchSpace.of(Parameter.of("clipThreshold", IntDomain.of(0, 3)))));
        assertEquals(List.of("$.space.plateauFactor.high: must be in (0, 1), got 1.0"),
                check(SearchSpace.of(Parameter.of("plateauFactor", FloatDomain.of(0.1, 1)))));
    }

    @Test
    void aDomainOfTheWrongKindIsNamed() {
        assertEquals(List.of("$.space.layers: must be an int, categorical or fixed parameter: layers takes integers,"
                + " but this is a float parameter"),
                check(SearchSpace.of(Parameter.of("layers", FloatDomain.of(1, 3)))));
        assertEquals(List.of("$.space.optimizer: must be a categorical or fixed parameter: optimizer takes one of sgd,"
                + " momentum, nesterov, adam, adamax, nadam, rmsprop, adagrad, amsgrad, but this is an int parameter"),
                check(SearchSpace.of(Parameter.of("optimizer", IntDomain.of(1, 3)))));
        assertEquals(List.of("$.space.batchNorm: must be a categorical or fixed parameter: batchNorm takes true or"
                + " false, but this is a float parameter"),
                check(SearchSpace.of(Parameter.of("batchNorm", FloatDomain.of(0, 1)))));
    }

    @Test
    void fixedValuesInTheSpaceAndTheTrainerAreChecked() {
        assertEquals(List.of("$.space.shape.value: must be one of constant, pyramid, funnel; got \"diamond\""),
                check(SearchSpace.of(Parameter.of("shape", new FixedDomain("diamond")))));
        assertEquals(List.of("$.space.units.value: must be an integer, got a list"),
                check(SearchSpace.of(Parameter.of("units", new FixedDomain(List.of(1L, 2L))))));
        assertEquals(List.of(
                "$.trainer.batchSize: must be an integer, got \"32\"",
                "$.trainer.maxEpochs: must be between 1 and 100000, got 0",
                "$.trainer.optimizer: must be one of sgd, momentum, nesterov, adam, adamax, nadam, rmsprop, adagrad,"
                        + " amsgrad; got \"SGD\", did you mean \"sgd\"?",
                "$.trainer.dropout: must be in [0, 1), got 1.5",
                "$.trainer.batchNorm: must be true or false, got an object",
                "$.trainer.layers: must be an integer, got 2.5",
                "$.trainer.l2: must be a number, got null"),
                check("mlp", null, "{\"batchSize\": \"32\", \"maxEpochs\": 0, \"optimizer\": \"SGD\", \"dropout\": 1.5,"
                        + " \"batchNorm\": {}, \"layers\": 2.5, \"l2\": null}", Optional.empty()));
    }

    @Test
    void theCnnNeedsImages() {
        assertEquals(List.of("$.trainer.model: the cnn model needs image inputs, but the dataset's examples are 20 flat"
                + " features; use the mlp or lstm model"),
                check("cnn", null, "{}", Optional.of(new InputShape.Flat(20))));
        assertEquals(List.of(), check("cnn", null, "{}", Optional.of(new InputShape.Image(8, 8, 1))));
        assertEquals(List.of(), check("cnn", null, "{}", Optional.empty()));
        assertEquals(List.of(), check("lstm", null, "{}", Optional.of(new InputShape.Flat(20))));
    }

    @Test
    void anUnknownModelIsNamed() {
        assertEquals(List.of("$.trainer.model: must be one of mlp, cnn, lstm; got \"lstn\", did you mean \"lstm\"?"),
                check("lstn", null, "{\"units\": 3}", Optional.empty()));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("unitz", IntDomain.of(1, 3)),
                Parameter.of("optimizer", CategoricalDomain.of("adam", "adamw")),
                Parameter.of("dropout", FloatDomain.of(0, 1)),
                Parameter.of("kernelSize", IntDomain.of(3, 13)));
        List<String> problems = check("cnn", space, "{\"maxEpochs\": -1}", Optional.of(new InputShape.Flat(4)));
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("$.space.unitz: not a hyperparameter of the cnn model, did you mean"
                + " \"units\"?") || problems.get(0).startsWith("$.space.unitz: not a hyperparameter of the cnn model ("),
                problems.get(0));
        assertEquals("$.space.optimizer.choices[1]", problems.get(1).substring(0, problems.get(1).indexOf(':')));
        assertEquals("$.space.dropout.high: must be in [0, 1), got 1.0", problems.get(2));
        assertEquals("$.space.kernelSize.high: must be between 1 and 11, got 13", problems.get(3));
        assertEquals("$.trainer.maxEpochs: must be between 1 and 100000, got -1", problems.get(4));
        assertTrue(problems.get(5).startsWith("$.trainer.model: the cnn model needs image inputs"), problems.get(5));
    }

    @Test
    void buildRejectsWhatCheckReports() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Models.build("mlp",
                Nets.hp("unitz", 3L, "dropout", 1.0), Task.CLASSIFICATION, new InputShape.Flat(3), 2, 1));
        assertEquals("every hyperparameter must be known to the mlp model and within its range, but got: unitz is not a"
                + " hyperparameter of the mlp model, did you mean \"units\"?; dropout: must be in [0, 1), got 1.0",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Models.build("rnn", Map.of(), Task.CLASSIFICATION,
                new InputShape.Flat(3), 2, 1));
    }
}
