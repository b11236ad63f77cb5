package io.sparktune.runner.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.scheduler.Verdict;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.Trainers;
import io.sparktune.trainer.TrialContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dl4j trainer on the shipped digits data: real training, a few epochs. */
class Dl4jTrainerTest {

    private static final Path BASE = Path.of(".");

    /** A digits MLP study; {@code trainerExtra} goes into the trainer object, {@code space} is the space. */
    static String study(String objective, String space, String trainerExtra) {
        return """
                {"name": "digits", "seed": 3, "objective": %s,
                 "space": %s,
                 "trainer": {"type": "dl4j", "model": "mlp", "dataset": {"type": "digits", "seed": 1}%s}}
                """.formatted(objective, space, trainerExtra.isEmpty() ? "" : ", " + trainerExtra);
    }

    static Trainer trainer(String json) {
        StudySpec spec = StudySpecReader.read(json, BASE);
        return Trainers.create(spec.trainer(), spec.trainerSetup());
    }

    /** The values reported by one trial, and its result. */
    record Run(List<Double> reports, double result) {
    }

    static Run run(Trainer trainer, Map<String, Object> params, long seed, int stopAtStep) throws Exception {
        List<Double> reports = new ArrayList<>();
        double result = trainer.train(new TrialContext(0, params, seed, (step, value) -> {
            reports.add(value);
            assertEquals(reports.size(), step, "steps are epochs, from 1");
            return step == stopAtStep ? Verdict.stop("test stop") : Verdict.CONTINUE;
        }));
        return new Run(reports, result);
    }

    private static final String SPACE = "{\"units\": {\"type\": \"int\", \"low\": 16, \"high\": 64}}";

    @Test
    void learnsDigitsReportingEachEpochAndReturnsTheBestEpoch() throws Exception {
        Trainer trainer = trainer(study("{\"metric\": \"val_loss\"}", SPACE, "\"maxEpochs\": 6, \"layers\": 1"));
        Run run = run(trainer, Map.of("units", 32L), 11, -1);

        assertEquals(6, run.reports().size());
        assertTrue(run.reports().get(5) < run.reports().get(0), "the validation loss falls: " + run.reports());
        assertTrue(run.reports().get(5) < 0.5, "digits are easy: " + run.reports());
        assertEquals(run.reports().stream().mapToDouble(Double::doubleValue).min().getAsDouble(), run.result());
    }

    @Test
    void reportsAccuracyWhenTheObjectiveAsksAndReducesToTheLast() throws Exception {
        Trainer trainer = trainer(study("{\"metric\": \"val_accuracy\", \"direction\": \"maximize\", \"reduce\": \"last\"}",
                SPACE, "\"maxEpochs\": 4"));
        Run run = run(trainer, Map.of("units", 48L), 5, -1);

        assertEquals(4, run.reports().size());
        assertTrue(run.result() > 0.85 && run.result() <= 1.0, "accuracy: " + run.reports());
        assertEquals(run.reports().get(3), run.result());
    }

    @Test
    void sameParametersAndSeedGiveTheSameCurve() throws Exception {
        Trainer trainer = trainer(study("{\"metric\": \"val_loss\"}", SPACE, "\"maxEpochs\": 3, \"dropout\": 0.2"));
        Run a = run(trainer, Map.of("units", 24L), 7, -1);
        Run b = run(trainer, Map.of("units", 24L), 7, -1);
        Run c = run(trainer, Map.of("units", 24L), 8, -1);

        assertEquals(a.reports(), b.reports());
        assertTrue(!a.reports().equals(c.reports()), "another seed, another curve");
    }

    @Test
    void stopsAtOnceOnAStopVerdictAndReturnsTheLastReport() throws Exception {
        Trainer trainer = trainer(study("{\"metric\": \"val_loss\"}", SPACE, "\"maxEpochs\": 10"));
        Run run = run(trainer, Map.of("units", 16L), 1, 2);

        assertEquals(2, run.reports().size(), "no epoch after the STOP");
        assertEquals(run.reports().get(1), run.result());
    }

    @Test
    void aDivergingTrialFailsNamingTheEpochAndTheLoss() {
        Trainer trainer = trainer(study("{\"metric\": \"val_loss\"}", SPACE,
                "\"maxEpochs\": 3, \"optimizer\": \"momentum\", \"learningRate\": 1000, \"activation\": \"relu\""));
        Exception e = assertThrows(DivergedException.class, () -> run(trainer, Map.of("units", 64L), 1, -1));

        assertTrue(e.getMessage().matches("diverged at epoch \\d+(, iteration \\d+)? \\(loss (NaN|[+-]Infinity)\\)"),
                e.getMessage());
    }

    @Test
    void everyMistakeIsFoundBeforeTraining() {
        SpecException e = assertThrows(SpecException.class, () -> StudySpecReader.read(study(
                "{\"metric\": \"accuracy\"}", "{\"unitz\": {\"type\": \"int\", \"low\": 16, \"high\": 64},"
                        + " \"units\": {\"type\": \"int\", \"low\": 16, \"high\": 64}}",
                "\"units\": 32, \"reportEvery\": -1, \"modle\": 3"), BASE));
        List<String> problems = e.problems().stream().map(Problem::toString).toList();

        assertTrue(problems.contains("$.objective.metric: the dl4j trainer reports val_loss or val_accuracy, got"
                + " \"accuracy\", did you mean \"val_accuracy\"?"), problems.toString());
        assertTrue(problems.contains("$.trainer.reportEvery: must be between 0 and 1000000000, got -1"),
                problems.toString());
        assertTrue(problems.contains("$.trainer.units: is also in the space ($.space.units): a hyperparameter is"
                + " either searched or fixed, not both"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.space.unitz: ") && p.contains("\"units\"")),
                problems.toString());
        assertTrue(problems.contains("$.trainer.modle: unknown option, did you mean \"model\"? (the trainer's own"
                + " options: model, dataset, reportEvery; every other field is a hyperparameter)"), problems.toString());
    }

    @Test
    void accuracyIsMaximised() {
        SpecException e = assertThrows(SpecException.class, () -> StudySpecReader.read(study(
                "{\"metric\": \"val_accuracy\"}", SPACE, ""), BASE));

        assertEquals("$.objective.direction: must be maximize for val_accuracy, got minimize", e.getMessage());
    }

    @Test
    void theModelAndTheDatasetAreRequired() throws Exception {
        String json = new ObjectMapper().readTree(study("{\"metric\": \"val_loss\"}", SPACE, "")).toString()
                .replace("\"model\":\"mlp\",", "").replace(",\"dataset\":{\"type\":\"digits\",\"seed\":1}", "");
        SpecException e = assertThrows(SpecException.class, () -> StudySpecReader.read(json, BASE));

        assertEquals("$.trainer.model: is required\n$.trainer.dataset: is required, such as {\"type\": \"digits\"}",
                e.getMessage());
    }
}
