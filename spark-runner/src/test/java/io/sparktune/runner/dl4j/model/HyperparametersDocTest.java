package io.sparktune.runner.dl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.runner.data.InputShape;
import io.sparktune.space.SearchSpace;
import io.sparktune.space.Values;
import io.sparktune.spec.Problem;
import io.sparktune.spec.Problems;
import io.sparktune.spec.StudySpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/dl4j-hyperparameters.md says what the code does: every name, type, range and default, and its examples. */
class HyperparametersDocTest {

    private static final Path DOC = Path.of("..", "docs", "dl4j-hyperparameters.md");
    private static final Set<String> TRAINER_OPTIONS = Set.of("type", "model", "dataset", "reportEvery");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of the hyperparameter tables (name, type, range, default, meaning) of each "## " section, by name. */
    private static Map<String, Map<String, List<String>>> tables() throws IOException {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        String section = "";
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                out.put(section, new LinkedHashMap<>());
            } else if (line.startsWith("| `")) {
                List<String> cells = new ArrayList<>();
                for (String c : line.substring(1, line.length() - 1).split(" \\| ", -1)) {
                    cells.add(c.trim());
                }
                if (cells.size() != 5) {
                    continue;
                }
                for (String name : cells.get(0).split(", ")) {
                    out.get(section).put(name.replace("`", ""), cells);
                }
            }
        }
        return out;
    }

    @Test
    void everyHyperparameterIsDocumentedWithItsTypeRangeAndDefault() throws IOException {
        Map<String, Map<String, List<String>>> tables = tables();
        Map<String, List<String>> common = tables.get("Common hyperparameters");
        for (String model : Models.names()) {
            Map<String, List<String>> own = tables.get(model);
            assertNotNull(own, "a section for " + model);
            for (Hyperparameter h : Hyperparameters.of(List.of()).values()) {
                assertTrue(common.containsKey(h.name()), h.name() + " in the common table");
            }
            Map<String, Hyperparameter> known = model.equals("mlp") ? new MlpTemplate().hyperparameters()
                    : model.equals("cnn") ? new CnnTemplate().hyperparameters() : new LstmTemplate().hyperparameters();
            for (Hyperparameter h : known.values()) {
                List<String> row = own.containsKey(h.name()) ? own.get(h.name()) : common.get(h.name());
                assertNotNull(row, model + ": " + h.name() + " is documented");
                assertEquals(type(h), row.get(1), model + ": the type of " + h.name());
                assertEquals(range(h), row.get(2), model + ": the range of " + h.name());
                String defaultCell = row.get(3);
                if (h.defaultValue() == null) {
                    assertFalse(defaultCell.startsWith("`"), model + ": " + h.name() + " has a derived default");
                } else {
                    assertTrue(defaultCell.startsWith("`") && defaultCell.endsWith("`"), defaultCell);
                    Object documented = Values.normalize(JSON.convertValue(
                            JSON.readTree(defaultCell.substring(1, defaultCell.length() - 1)), Object.class));
                    assertTrue(Values.same(h.defaultValue(), documented), model + ": the default of " + h.name()
                            + " is " + h.defaultValue() + ", the page says " + defaultCell);
                }
            }
            for (String documented : own.keySet()) {
                assertTrue(known.containsKey(documented), model + " knows " + documented);
            }
        }
    }

    private static String type(Hyperparameter h) {
        return switch (h.kind()) {
            case INT -> "int";
            case FLOAT -> "float";
            case CHOICE -> "string";
            case BOOLEAN -> "boolean";
        };
    }

    private static String range(Hyperparameter h) {
        Range r = h.range();
        return switch (h.kind()) {
            case INT -> Range.format(r.low()) + " to " + Range.format(r.high());
            case FLOAT -> Double.isInfinite(r.high()) ? (r.lowIncluded() ? ">= " : "> ") + Range.format(r.low())
                    : (r.lowIncluded() ? "[" : "(") + Range.format(r.low()) + ", " + Range.format(r.high())
                            + (r.highIncluded() ? "]" : ")");
            case CHOICE -> "`" + String.join("`, `", h.choices()) + "`";
            case BOOLEAN -> "`true`, `false`";
        };
    }

    @Test
    void theExamplesPassTheCheckAndTheMistakesGiveTheProblemsShown() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```json")) {
                continue;
            }
            boolean invalid = i > 0 && lines.get(i - 1).equals("<!-- invalid -->");
            StringBuilder block = new StringBuilder();
            int j = i + 1;
            for (; !lines.get(j).equals("```"); j++) {
                block.append(lines.get(j)).append('\n');
            }
            List<String> problems = check(JSON.readTree(block.toString()));
            if (invalid) {
                int k = j + 1;
                while (!lines.get(k).equals("```text")) {
                    k++;
                }
                List<String> expected = new ArrayList<>();
                for (k++; !lines.get(k).equals("```"); k++) {
                    expected.add(lines.get(k));
                }
                assertEquals(expected, problems);
            } else {
                assertEquals(List.of(), problems, block.toString());
            }
            checked++;
            i = j;
        }
        assertEquals(4, checked);
    }

    /** What Models.check says of a study's space and trainer; every example uses the digits (8x8 images). */
    private static List<String> check(JsonNode study) {
        Problems problems = new Problems();
        SearchSpace space = StudySpecReader.readSpace(study.get("space"), "$.space", problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        JsonNode trainer = study.get("trainer");
        assertEquals("digits", trainer.get("dataset").asText());
        Map<String, JsonNode> fixed = new LinkedHashMap<>();
        trainer.properties().forEach(e -> {
            if (!TRAINER_OPTIONS.contains(e.getKey())) {
                fixed.put(e.getKey(), e.getValue());
            }
        });
        Models.check(trainer.get("model").asText(), space, fixed, "$.trainer",
                Optional.of(new InputShape.Image(8, 8, 1)), problems);
        return problems.list().stream().map(Problem::toString).toList();
    }
}
