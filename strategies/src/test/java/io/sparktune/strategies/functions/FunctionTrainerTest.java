package io.sparktune.strategies.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import io.sparktune.trainer.Reporter;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trainer.Trainers;
import io.sparktune.trainer.TrialContext;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Objective;
import io.sparktune.trial.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionTrainerTest {

    private static final Reporter IGNORE = (step, value) -> Verdict.CONTINUE;

    private static SearchSpace floats(int d) {
        List<Parameter> params = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            params.add(Parameter.of("x" + i, FloatDomain.of(-5, 10)));
        }
        return new SearchSpace(params);
    }

    private static Trainer trainer(ObjectNode options, SearchSpace space, Direction direction) {
        TrainerSetup setup = new TrainerSetup("test", 1, new Objective("loss", direction), space, Path.of("."));
        return Trainers.create(new ComponentSpec("function", options, "$.trainer"), setup);
    }

    private static Trainer trainer(ObjectNode options, SearchSpace space) {
        return trainer(options, space, Direction.MINIMIZE);
    }

    private static ObjectNode named(String name) {
        return JsonNodeFactory.instance.objectNode().put("name", name);
    }

    private static List<Problem> problems(ObjectNode options, SearchSpace space) {
        return assertThrows(SpecException.class, () -> trainer(options, space)).problems();
    }

    private static double train(Trainer trainer, Map<String, Object> params, long seed) throws Exception {
        return trainer.train(new TrialContext(0, params, seed, IGNORE));
    }

    @Test
    void evaluatesTheFunctionAtTheTrialsParameters() throws Exception {
        Trainer branin = trainer(named("branin"), floats(2));
        assertEquals(0.397887, train(branin, Map.of("x0", Math.PI, "x1", 2.275), 1), 1e-5);
        assertEquals(56 - 10 / (8 * Math.PI), train(branin, Map.of("x0", 0.0, "x1", 0L), 1), 1e-12);
    }

    @Test
    void anyDimensionFunctionsTakeTheirDimensionFromTheSpace() throws Exception {
        SearchSpace space = new SearchSpace(List.of(
                Parameter.of("x0", FloatDomain.of(-5, 10)), Parameter.of("x1", IntDomain.of(-5, 10)),
                Parameter.of("x2", FloatDomain.of(-5, 10)), Parameter.of("other", IntDomain.of(1, 3)),
                Parameter.of("x4", FloatDomain.of(-5, 10))));
        FunctionTrainer rosenbrock = (FunctionTrainer) trainer(named("rosenbrock"), space);
        assertEquals(3, rosenbrock.function().dimension(), "x0..x2: x4 comes after a gap");
        assertEquals(0, train(rosenbrock, Map.of("x0", 1.0, "x1", 1L, "x2", 1.0, "other", 2L), 1), 0);
        FunctionTrainer ackley = (FunctionTrainer) trainer(named("ackley").put("dimension", 2), space);
        assertEquals(2, ackley.function().dimension());
    }

    @Test
    void misspeltNameIsReportedWithDidYouMean() {
        List<Problem> problems = problems(named("brannin"), floats(2));
        assertEquals("$.trainer.name", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("did you mean \"branin\""), problems.get(0).message());
        assertEquals("$.trainer.name", problems(JsonNodeFactory.instance.objectNode(), floats(2)).get(0).path());
    }

    @Test
    void missingCoordinatesAreReportedAtTheSpace() {
        Problem missing = problems(named("hartmann3"), floats(2)).get(0);
        assertEquals("$.space", missing.path());
        assertTrue(missing.message().contains("x2 is missing"), missing.message());
        Problem none = problems(named("levy"), SearchSpace.of(Parameter.of("lr", FloatDomain.of(0, 1)))).get(0);
        assertEquals("$.space", none.path());
        Problem tooFew = problems(named("rosenbrock"), floats(1)).get(0);
        assertTrue(tooFew.message().contains("at least 2"), tooFew.message());
        Problem larger = problems(named("levy").put("dimension", 4), floats(2)).get(0);
        assertTrue(larger.message().contains("x2, x3 are missing"), larger.message());
    }

    @Test
    void coordinatesMustBeUnconditionalNumbers() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("x0", CategoricalDomain.of("a", "b")),
                new Parameter("x1", FloatDomain.of(0, 15), Condition.on("x0", "a")));
        List<Problem> problems = problems(named("branin"), space);
        assertEquals(List.of("$.space.x0", "$.space.x1"), problems.stream().map(Problem::path).toList());
        SearchSpace numbers = SearchSpace.of(Parameter.of("x0", CategoricalDomain.of(1, 2.5)),
                Parameter.of("x1", FloatDomain.of(0, 15)));
        trainer(named("branin"), numbers);
    }

    @Test
    void badOptionsAreReportedWithTheirPaths() {
        ObjectNode options = named("branin").put("dimension", 3).put("noise", -1).put("steps", -2)
                .put("nosie", 1);
        List<String> paths = problems(options, floats(2)).stream().map(Problem::path).toList();
        assertEquals(List.of("$.trainer.noise", "$.trainer.steps", "$.trainer.dimension", "$.trainer.nosie"),
                paths);
    }

    @Test
    void noiseDependsOnTheTrialSeedOnly() throws Exception {
        Trainer noisy = trainer(named("rosenbrock").put("noise", 0.5), floats(2));
        Map<String, Object> at = Map.of("x0", 1.0, "x1", 1.0);
        assertEquals(train(noisy, at, 7), train(noisy, at, 7));
        assertNotEquals(train(noisy, at, 7), train(noisy, at, 8));
        double sum = 0;
        double squares = 0;
        int n = 4000;
        for (int seed = 0; seed < n; seed++) {
            double v = train(noisy, at, seed);
            sum += v;
            squares += v * v;
        }
        double mean = sum / n;
        assertEquals(0, mean, 0.05);
        assertEquals(0.5, Math.sqrt(squares / n - mean * mean), 0.05);
    }

    @Test
    void stepsReportALearningCurveThatEndsAtTheValue() throws Exception {
        Trainer curved = trainer(named("branin").put("steps", 10), floats(2));
        List<Report> reports = new ArrayList<>();
        Map<String, Object> at = Map.of("x0", 0.0, "x1", 0.0);
        double result = curved.train(new TrialContext(0, at, 1, (step, value) -> {
            reports.add(new Report(step, value));
            return Verdict.CONTINUE;
        }));
        double f = 56 - 10 / (8 * Math.PI);
        assertEquals(f, result, 1e-9);
        assertEquals(10, reports.size());
        assertEquals(1, reports.get(0).step());
        assertEquals(10, reports.get(9).step());
        assertEquals(f, reports.get(9).value(), 1e-9);
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i).value() < reports.get(i - 1).value(), "the curve decreases: " + reports);
        }
        double gap = f - 0.397887 + 1;
        assertEquals(f + gap * (0.7 - Math.pow(0.7, 10)) / (1 - Math.pow(0.7, 10)), reports.get(0).value(), 1e-6);
    }

    @Test
    void worseTrialsLookWorseAtEveryStep() {
        for (int step = 1; step < 5; step++) {
            assertTrue(FunctionTrainer.curve(1, 2, step, 5, Direction.MINIMIZE)
                    < FunctionTrainer.curve(2, 3, step, 5, Direction.MINIMIZE));
        }
        assertEquals(2, FunctionTrainer.curve(2, 3, 5, 5, Direction.MINIMIZE), 1e-12);
        assertEquals(2 + 3, FunctionTrainer.curve(2, 3, 0, 5, Direction.MINIMIZE), 1e-12);
    }

    @Test
    void whenMaximizingTheCurveRisesToTheValue() throws Exception {
        Trainer curved = trainer(named("ackley").put("steps", 4), floats(2), Direction.MAXIMIZE);
        List<Double> values = new ArrayList<>();
        double result = curved.train(new TrialContext(0, Map.of("x0", 1.0, "x1", 1.0), 1, (step, value) -> {
            values.add(value);
            return Verdict.CONTINUE;
        }));
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i) > values.get(i - 1), values::toString);
        }
        assertEquals(20 - 20 * Math.exp(-0.2), result, 1e-12);
    }

    @Test
    void stopVerdictEndsTheTrialWithTheLastReportedValue() throws Exception {
        Trainer curved = trainer(named("levy").put("steps", 10), floats(3));
        List<Double> values = new ArrayList<>();
        double result = curved.train(new TrialContext(0, Map.of("x0", 0.0, "x1", 0.0, "x2", 0.0), 1,
                (step, value) -> {
                    values.add(value);
                    return step == 3 ? Verdict.stop("below the median") : Verdict.CONTINUE;
                }));
        assertEquals(3, values.size());
        assertEquals(values.get(2), result);
    }

    @Test
    void missingParameterFailsTheTrialWithAClearMessage() {
        Trainer branin = trainer(named("branin"), floats(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> train(branin, Map.of("x0", 1.0), 1));
        assertEquals("parameter x1 must be a number, but got no value", e.getMessage());
    }
}
