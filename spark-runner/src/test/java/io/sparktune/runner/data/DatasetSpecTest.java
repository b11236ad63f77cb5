package io.sparktune.runner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.spec.Problem;
import io.sparktune.spec.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Reading trainer.dataset: the forms, the defaults, and a problem at its JSON path for each mistake. */
class DatasetSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "$.trainer.dataset";
    private static final Path BASE = Path.of("/studies/mine");

    @Test
    void aPlainNameIsTheTypeWithTheDefaults() throws Exception {
        assertEquals(DatasetSpec.of(new DatasetSource.Digits()), read("\"digits\"").orElseThrow());
        assertEquals(new DatasetSpec(new DatasetSource.Digits(), 0.2, 0, OptionalInt.empty()),
                read("{\"type\": \"digits\"}").orElseThrow());
    }

    @Test
    void theSplitAndTheLimitAreRead() throws Exception {
        DatasetSpec spec = read("""
                {"type": "fashion-mnist", "validationFraction": 0.1, "seed": 42, "limit": 5000}
                """).orElseThrow();

        assertEquals(new DatasetSpec(new DatasetSource.Idx(IdxDataset.FASHION_MNIST, Optional.empty()), 0.1, 42,
                OptionalInt.of(5000)), spec);
    }

    @Test
    void aRelativeDirectoryResolvesAgainstTheStudyFilesFolder() throws Exception {
        assertEquals(Optional.of(Path.of("/studies/data/mnist")),
                ((DatasetSource.Idx) read("{\"type\": \"mnist\", \"directory\": \"../data/./mnist\"}").orElseThrow()
                        .source()).directory());
        assertEquals(Optional.of(Path.of("/srv/mnist")),
                ((DatasetSource.Idx) read("{\"type\": \"mnist\", \"directory\": \"/srv/mnist\"}").orElseThrow()
                        .source()).directory());
    }

    @Test
    void equalSpecsAreEqualValuesForTheCache() throws Exception {
        assertEquals(read("{\"type\": \"mnist\", \"seed\": 3}"), read("{\"seed\": 3, \"type\": \"mnist\"}"));
        assertEquals(read("{\"type\": \"mnist\", \"seed\": 3}").hashCode(),
                read("{\"seed\": 3, \"type\": \"mnist\"}").hashCode());
    }

    @Test
    void anUnknownTypeSuggestsTheClosest() throws Exception {
        Problems problems = new Problems();

        DatasetSpec.read(JSON.readTree("\"mnsit\""), PATH, problems, BASE);
        DatasetSpec.read(JSON.readTree("{\"type\": \"fashion_mnist\"}"), PATH, problems, BASE);

        assertEquals(List.of(
                new Problem(PATH, "must be one of digits, mnist, fashion-mnist, csv, got \"mnsit\", did you mean"
                        + " \"mnist\"?"),
                new Problem(PATH + ".type", "must be one of digits, mnist, fashion-mnist, csv, got \"fashion_mnist\","
                        + " did you mean \"fashion-mnist\"?")), problems.list());
    }

    @Test
    void everyMistakeIsReportedAtOnce() throws Exception {
        Problems problems = new Problems();

        Optional<DatasetSpec> spec = DatasetSpec.read(JSON.readTree("""
                {"type": "digits", "validationFraction": 1.0, "seed": 1.5, "limit": 1, "directory": "x"}
                """), PATH, problems, BASE);

        assertTrue(spec.isEmpty());
        assertEquals(List.of(
                new Problem(PATH + ".validationFraction", "must be between 0 and 1 (both excluded), got 1.0"),
                new Problem(PATH + ".seed", "must be an integer, got a number (1.5)"),
                new Problem(PATH + ".limit", "must be >= 2, got 1"),
                new Problem(PATH + ".directory", "unknown option (known: type, validationFraction, seed, limit)")),
                problems.list());
    }

    @Test
    void aMissingOrMisshapenDatasetIsAProblem() throws Exception {
        Problems problems = new Problems();

        DatasetSpec.read(null, PATH, problems, BASE);
        DatasetSpec.read(JSON.readTree("[1]"), PATH, problems, BASE);
        DatasetSpec.read(JSON.readTree("{\"validationFraction\": 0.5}"), PATH, problems, BASE);
        DatasetSpec.read(JSON.readTree("{\"type\": \"mnist\", \"directory\": 3}"), PATH, problems, BASE);

        assertEquals(List.of(
                new Problem(PATH, "is required: the data to train on, such as \"digits\", or {\"type\": \"csv\","
                        + " \"path\": \"data.csv\", \"task\": \"classification\"}"),
                new Problem(PATH, "must be a dataset name or an object with a \"type\", such as \"digits\", or"
                        + " {\"type\": \"csv\", \"path\": \"data.csv\", \"task\": \"classification\"}, got a list"),
                new Problem(PATH + ".type", "is required"),
                new Problem(PATH + ".directory", "must be a string, got a number (3)")), problems.list());
    }

    @Test
    void theConstructorsValidate() {
        assertEquals("0 < validationFraction < 1 must hold, but got 0.0", assertThrows(IllegalArgumentException.class,
                () -> DatasetSpec.of(new DatasetSource.Digits()).withSplit(0.0, 1)).getMessage());
        assertEquals("limit >= 2 must hold, but got 1", assertThrows(IllegalArgumentException.class,
                () -> DatasetSpec.of(new DatasetSource.Digits()).withLimit(1)).getMessage());
        assertEquals("header must hold for a label named by its column, but got label=Named[name=y], header=false",
                assertThrows(IllegalArgumentException.class, () -> new DatasetSource.Csv(Path.of("/x.csv"),
                        new CsvLabel.Named("y"), Task.REGRESSION, false, ',')).getMessage());
        assertEquals("height, width and channels >= 1 must hold, but got height=0, width=8, channels=1",
                assertThrows(IllegalArgumentException.class, () -> new InputShape.Image(0, 8, 1)).getMessage());
        assertEquals(3 * 32 * 32, new InputShape.Image(32, 32, 3).size());
    }

    private static Optional<DatasetSpec> read(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        Problems problems = new Problems();
        Optional<DatasetSpec> spec = DatasetSpec.read(node, PATH, problems, BASE);
        assertEquals(List.of(), problems.list());
        return spec;
    }
}
