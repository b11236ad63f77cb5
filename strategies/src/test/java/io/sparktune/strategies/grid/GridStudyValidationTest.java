package io.sparktune.strategies.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import io.sparktune.spec.StudySpecReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grid problems that depend on the space are found when the study file is read, not at the first trial. */
class GridStudyValidationTest {

    private static String study(String strategyOptions) {
        return """
                {"name": "g", "objective": {"metric": "value"},
                 "space": {"x0": {"type": "float", "low": -5, "high": 10},
                           "x1": {"type": "float", "low": 0, "high": 15, "step": 5}},
                 "strategy": {"type": "grid", "options": %s},
                 "trainer": {"type": "function", "name": "branin"}}
                """.formatted(strategyOptions);
    }

    @Test
    void aFloatWithoutStepOrGridPointsIsReportedByTheReader() {
        SpecException e = assertThrows(SpecException.class,
                () -> StudySpecReader.read(study("{}"), Path.of(".")));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("$.strategy.options.gridPoints"), paths);
        assertEquals(true, e.getMessage().contains("x0"), e.getMessage());
    }

    @Test
    void gridPointsMakeTheSameStudyValid() {
        var spec = StudySpecReader.read(study("{\"gridPoints\": 4}"), Path.of("."));
        assertEquals("grid", spec.strategy().type());
    }
}
