package io.sparktune.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.sparktune.nni.NniConverter;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.trainer.Trainers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the examples of {@code docs/study-format.md} against {@code docs/study.schema.json} and
 * the reader. Each {@code ```json} block is a complete study unless the line before it is one of
 * these HTML comments:
 * <ul>
 * <li>{@code <!-- fragment -->}: a piece of a study, not checked;</li>
 * <li>{@code <!-- invalid -->}: a study with mistakes: the reader must refuse it, and the next
 *     {@code ```text} block is exactly what it reports (the schema may accept it: it cannot check
 *     what a condition names);</li>
 * <li>{@code <!-- nni -->}: an NNI search space; the next {@code <!-- nni-space -->} block is what
 *     it converts to, and that space must read without problems;</li>
 * <li>{@code <!-- spark-runner -->}: a complete study whose trainer lives in spark-runner: it must
 *     validate against the schema here, and spark-runner's own test reads it.</li>
 * </ul>
 * A complete study must validate against the schema; it is also read by the reader when its
 * strategy, scheduler and trainer types are among those registered for these tests.
 */
class StudyFormatDocTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern MARKER = Pattern.compile("<!--\\s*([a-z-]+)\\s*-->");

    private static List<Block> blocks;
    private static JsonSchema schema;

    /** A fenced block of the page: its language, the marker before it (or null), its text and line. */
    record Block(String language, String marker, String text, int line) {
    }

    @BeforeAll
    static void load() throws IOException {
        blocks = blocks(Files.readAllLines(DOCS.resolve("study-format.md")));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        schema = factory.getSchema(JSON.readTree(DOCS.resolve("study.schema.json").toFile()));
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        String marker = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m = MARKER.matcher(line);
            if (m.matches()) {
                marker = m.group(1);
            } else if (line.startsWith("```") && line.length() > 3) {
                StringBuilder text = new StringBuilder();
                int start = i + 1;
                while (!lines.get(++i).strip().equals("```")) {
                    text.append(lines.get(i)).append('\n');
                }
                out.add(new Block(line.substring(3).strip(), marker, text.toString(), start));
                marker = null;
            } else if (!line.isEmpty()) {
                marker = null;
            }
        }
        return out;
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(JSON.readTree(DOCS.resolve("study.schema.json").toFile()));
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void everyMarkerIsKnown() {
        for (Block b : blocks) {
            if (b.marker() != null) {
                assertTrue(List.of("fragment", "invalid", "nni", "nni-space", "spark-runner").contains(b.marker()),
                        "unknown marker " + b.marker() + " before line " + b.line());
            }
        }
    }

    @Test
    void everyCompleteExampleValidatesAndReads() throws IOException {
        int checked = 0;
        int read = 0;
        for (Block b : blocks) {
            boolean elsewhere = "spark-runner".equals(b.marker());
            if (!b.language().equals("json") || (b.marker() != null && !elsewhere)) {
                continue;
            }
            JsonNode study = JSON.readTree(b.text());
            Set<ValidationMessage> errors = schema.validate(study);
            assertTrue(errors.isEmpty(), () -> "the example at line " + b.line() + " fails the schema: " + errors);
            if (elsewhere) {
                continue;
            }
            checked++;
            if (typesAreRegistered(study)) {
                try {
                    StudySpecReader.read(b.text(), Path.of("."));
                } catch (SpecException e) {
                    fail("the example at line " + b.line() + " does not read:\n" + e.getMessage());
                }
                read++;
            }
        }
        assertTrue(checked >= 10, "only " + checked + " complete examples found");
        assertEquals(checked, read, "every complete example uses the types registered for these tests");
    }

    private static boolean typesAreRegistered(JsonNode study) {
        String strategy = study.path("strategy").path("type").asText("random");
        boolean scheduler = !study.has("scheduler")
                || Schedulers.registry().names().contains(study.path("scheduler").path("type").asText());
        return Samplers.registry().names().contains(strategy) && scheduler
                && Trainers.registry().names().contains(study.path("trainer").path("type").asText());
    }

    @Test
    void everyInvalidExampleIsRefusedWithTheMessagesShownAfterIt() throws IOException {
        int checked = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!"invalid".equals(b.marker())) {
                continue;
            }
            SpecException e = assertThrows(SpecException.class, () -> StudySpecReader.read(b.text(), Path.of(".")));
            Block shown = blocks.get(i + 1);
            assertEquals("text", shown.language(), "no text block after the invalid example at line " + b.line());
            assertEquals(shown.text().strip(), e.getMessage());
            checked++;
        }
        assertTrue(checked >= 2, "only " + checked + " invalid examples found");
    }

    @Test
    void everyNniExampleConvertsToTheSpaceShownAfterIt() throws IOException {
        int checked = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!"nni".equals(b.marker())) {
                continue;
            }
            Block shown = blocks.get(i + 1);
            assertEquals("nni-space", shown.marker(), "no nni-space block after the NNI example at line " + b.line());
            JsonNode converted = JSON.readTree(JSON.writeValueAsString(NniConverter.convert(JSON.readTree(b.text()))));
            assertEquals(JSON.readTree(shown.text()), converted);
            Problems problems = new Problems();
            StudySpecReader.readSpace(converted, "$.space", problems);
            assertTrue(problems.isEmpty(), problems.list()::toString);
            checked++;
        }
        assertTrue(checked >= 1, "no NNI example found");
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
        String template = """
                {"name": "s", "objective": {"metric": "loss"}, "space": {"p": %s},
                 "trainer": {"type": "function", "name": "branin"}}
                """;
        for (String parameter : List.of(
                "{\"type\": \"float\", \"low\": 0, \"high\": 1, \"log\": true}",
                "{\"type\": \"float\", \"low\": 1, \"high\": 2, \"log\": true, \"step\": 0.5}",
                "{\"type\": \"float\", \"low\": 0, \"hihg\": 1}",
                "{\"type\": \"int\", \"low\": 1.5, \"high\": 4}",
                "{\"type\": \"int\", \"low\": 1, \"high\": 9, \"log\": true, \"step\": 2}",
                "{\"type\": \"categorical\", \"choices\": [\"a\", \"a\"]}",
                "{\"type\": \"categorical\", \"choices\": []}",
                "{\"type\": \"fixed\", \"value\": null}",
                "{\"type\": \"flaot\", \"low\": 0, \"high\": 1}",
                "{\"type\": \"float\", \"low\": 0, \"high\": 1, \"when\": {\"q\": []}}")) {
            String study = template.formatted(parameter);
            assertFalse(schema.validate(JSON.readTree(study)).isEmpty(), "the schema accepts " + parameter);
            assertThrows(SpecException.class, () -> StudySpecReader.read(study, Path.of(".")), parameter);
        }
        String budget = """
                {"name": "s", "objective": {"metric": "loss"}, "space": {"x0": {"type": "int", "low": 0, "high": 1}},
                 "budget": {"timeLimit": %s}, "trainer": {"type": "function", "name": "branin"}}
                """;
        for (String good : List.of("\"90s\"", "\"1h30m\"", "\"1.5h\"", "\"PT30M\"", "5400")) {
            assertTrue(schema.validate(JSON.readTree(budget.formatted(good))).isEmpty(), good);
            StudySpecReader.read(budget.formatted(good), Path.of("."));
        }
        for (String bad : List.of("\"3 hours\"", "\"30min\"", "0", "\"\"")) {
            assertFalse(schema.validate(JSON.readTree(budget.formatted(bad))).isEmpty(), bad);
            assertThrows(SpecException.class, () -> StudySpecReader.read(budget.formatted(bad), Path.of(".")), bad);
        }
    }
}
