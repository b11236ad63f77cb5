package io.sparktune.strategies.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
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

class MultiFidelityTrainerTest {

    private static final SearchSpace HARTMANN_SPACE = new SearchSpace(
            MultiFidelityFunctions.standard("mfhartmann6").parameters());
    private static final Map<String, Object> POINT = Map.of("x0", 0.2, "x1", 0.4, "x2", 0.6, "x3", 0.1, "x4", 0.9,
            "x5", 0.5);

    private static Trainer trainer(ObjectNode options, SearchSpace space) {
        TrainerSetup setup = new TrainerSetup("test", 1, new Objective("loss", Direction.MINIMIZE), space,
                Path.of("."));
        return Trainers.create(new ComponentSpec("function", options, "$.trainer"), setup);
    }

    private static ObjectNode named(String name) {
        return JsonNodeFactory.instance.objectNode().put("name", name);
    }

    private static List<Problem> problems(ObjectNode options, SearchSpace space) {
        return assertThrows(SpecException.class, () -> trainer(options, space)).problems();
    }

    @Test
    void eachStepReportsTheFunctionAtItsFidelityAndTheLastIsTheResult() throws Exception {
        Trainer trainer = trainer(named("mfhartmann6").put("steps", 4), HARTMANN_SPACE);
        assertInstanceOf(MultiFidelityTrainer.class, trainer);
        List<Report> reports = new ArrayList<>();
        double result = trainer.train(new TrialContext(0, POINT, 3, (step, value) -> {
            reports.add(new Report(step, value));
            return Verdict.CONTINUE;
        }));
        MultiFidelityHartmann f = new MultiFidelityHartmann();
        double[] x = FunctionTrainer.point(POINT, 6);
        assertEquals(List.of(1L, 2L, 3L, 4L), reports.stream().map(Report::step).toList());
        for (int s = 1; s <= 4; s++) {
            assertEquals(f.at(x, s / 4.0), reports.get(s - 1).value(), 0);
        }
        assertEquals(BenchmarkFunctions.create("hartmann6", 6).evaluate(x), result, 1e-15);
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i).value() < reports.get(i - 1).value(), "higher fidelities are lower here");
        }
    }

    @Test
    void aStopVerdictEndsTheTrialWithTheValueOfTheLastStepReached() throws Exception {
        Trainer trainer = trainer(named("mfhartmann6").put("steps", 9), HARTMANN_SPACE);
        List<Double> values = new ArrayList<>();
        double result = trainer.train(new TrialContext(0, POINT, 3, (step, value) -> {
            values.add(value);
            return step == 3 ? Verdict.stop("rung 1: not in the top third") : Verdict.CONTINUE;
        }));
        assertEquals(3, values.size());
        assertEquals(values.get(2), result);
        assertEquals(new MultiFidelityHartmann().at(FunctionTrainer.point(POINT, 6), 3 / 9.0), result, 0);
    }

    @Test
    void withoutStepsItEvaluatesAtFullFidelityOnly() throws Exception {
        Trainer trainer = trainer(named("mfhartmann6"), HARTMANN_SPACE);
        List<Double> values = new ArrayList<>();
        double result = trainer.train(new TrialContext(0, POINT, 3, (step, value) -> {
            values.add(value);
            return Verdict.CONTINUE;
        }));
        assertTrue(values.isEmpty());
        assertEquals(BenchmarkFunctions.create("hartmann6", 6).evaluate(FunctionTrainer.point(POINT, 6)), result, 0);
    }

    @Test
    void countingOnesTakesItsDimensionsFromTheSpaceAndItsNoiseFromTheTrialSeed() throws Exception {
        SearchSpace space = SearchSpace.of(Parameter.of("c0", CategoricalDomain.of(0, 1)),
                Parameter.of("c1", IntDomain.of(0, 1)), Parameter.of("x0", FloatDomain.of(0, 1)),
                Parameter.of("lr", FloatDomain.of(0, 5)));
        MultiFidelityTrainer trainer = (MultiFidelityTrainer) trainer(named("countingones").put("steps", 3)
                .put("samples", 30), space);
        assertEquals(new CountingOnes(2, 1, 30), trainer.function());
        Map<String, Object> at = Map.of("c0", 1L, "c1", 0L, "x0", 0.5, "lr", 1.0);
        List<Double> values = new ArrayList<>();
        double result = trainer.train(new TrialContext(0, at, 8, (step, value) -> {
            values.add(value);
            return Verdict.CONTINUE;
        }));
        assertEquals(3, values.size());
        for (double v : values) {
            assertTrue(v <= -1 && v >= -2, "c0 counts 1, x0's estimate is in [0, 1]: " + v);
        }
        assertEquals(result, trainer.train(new TrialContext(5, at, 8, (step, value) -> Verdict.CONTINUE)), 0,
                "the same seed gives the same value");
    }

    @Test
    void countingOnesParametersAreChecked() {
        SearchSpace wrong = SearchSpace.of(Parameter.of("c0", FloatDomain.of(0, 1)),
                Parameter.of("x0", FloatDomain.of(0, 2)));
        List<Problem> problems = problems(named("countingones"), wrong);
        assertEquals(List.of("$.space.c0", "$.space.x0"), problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(0).message().contains("only the values 0 and 1"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("[0, 1]"), problems.get(1).message());
        Problem none = problems(named("countingones"), SearchSpace.of(Parameter.of("lr", FloatDomain.of(0, 1))))
                .get(0);
        assertEquals("$.space", none.path());
        assertTrue(none.message().contains("c0, c1, ..."), none.message());
        SearchSpace ok = SearchSpace.of(Parameter.of("x0", FloatDomain.of(0, 1)));
        assertEquals("$.trainer.dimension", problems(named("countingones").put("dimension", 3), ok).get(0).path());
        assertEquals("$.trainer.samples", problems(named("countingones").put("samples", 0), ok).get(0).path());
        assertEquals("$.trainer.samples", problems(named("mfhartmann6").put("samples", 10), HARTMANN_SPACE).get(0)
                .path(), "samples is for countingones only");
    }

    @Test
    void multiFidelityHartmannNeedsItsSixCoordinates() {
        Problem missing = problems(named("mfhartmann6"), SearchSpace.of(Parameter.of("x0", FloatDomain.of(0, 1))))
                .get(0);
        assertEquals("$.space", missing.path());
        assertTrue(missing.message().contains("x1, x2, x3, x4, x5 are missing"), missing.message());
        assertEquals("$.trainer.dimension", problems(named("mfhartmann6").put("dimension", 3), HARTMANN_SPACE).get(0)
                .path());
    }
}
