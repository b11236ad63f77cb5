package io.sparktune.runner.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.spec.Problem;
import io.sparktune.spec.Problems;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A user's CSV file: reading the spec, loading, and every error a person can make. */
class CsvDatasetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "$.trainer.dataset";

    @TempDir
    Path dir;

    @Test
    void classificationWithAHeaderAndANamedLabel() throws Exception {
        Files.writeString(dir.resolve("flowers.csv"), """
                petal_length,species,petal_width
                1.4,setosa,0.2
                4.7,versicolor,1.4
                1.3,setosa,0.2
                6.0,virginica,2.5
                4.5,versicolor,1.5

                5.1,virginica,1.9
                1.5,"setosa",0.1
                4.0,versicolor,1.3
                5.9,virginica,2.1
                1.7,setosa,0.4
                """);

        PreparedData data = Datasets.load(spec("""
                {"type": "csv", "path": "flowers.csv", "header": true, "label": "species", "task": "classification"}
                """));

        assertEquals(Task.CLASSIFICATION, data.task());
        assertEquals(new InputShape.Flat(2), data.input());
        assertEquals(3, data.outputs());
        assertEquals(8, data.trainSize());
        assertEquals(2, data.validationSize());
        // Classes in sorted order: setosa 0, versicolor 1, virginica 2; petal_length (standardised) tells them apart.
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (PreparedDataPart part : List.of(new PreparedDataPart(data.train().getFeatures(), data.train().getLabels()),
                new PreparedDataPart(data.validation().getFeatures(), data.validation().getLabels()))) {
            for (int i = 0; i < part.features().size(0); i++) {
                int label = part.labels().getRow(i).argMax().getInt(0);
                min[label] = Math.min(min[label], part.features().getDouble(i, 0));
                max[label] = Math.max(max[label], part.features().getDouble(i, 0));
            }
        }
        assertTrue(max[0] < min[1] && max[1] < min[2], java.util.Arrays.toString(min) + java.util.Arrays.toString(max));
        assertTrue(data.description().contains("3 classes (setosa, versicolor, virginica)"), data.description());
    }

    @Test
    void regressionWithAnIndexLabelAndAnotherDelimiter() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append(i * 10).append(';').append(i).append(';').append(2 * i + 1).append('\n');
        }
        Files.writeString(dir.resolve("line.csv"), text);

        PreparedData data = Datasets.load(spec("""
                {"type": "csv", "path": "line.csv", "label": 1, "delimiter": ";", "task": "regression",
                 "validationFraction": 0.25}
                """));

        assertEquals(Task.REGRESSION, data.task());
        assertEquals(new InputShape.Flat(2), data.input());
        assertEquals(1, data.outputs());
        assertEquals(15, data.trainSize());
        assertEquals(5, data.validationSize());
        assertArrayEquals(new long[] {15, 1}, data.train().getLabels().shape());
        // Targets stay as written; the feature 2i+1 (column 2) standardised keeps its order with the target i.
        double total = data.train().getLabels().sumNumber().doubleValue()
                + data.validation().getLabels().sumNumber().doubleValue();
        assertEquals(190.0, total, 1e-9);
        INDArray features = data.train().getFeatures();
        for (int i = 0; i < 15; i++) {
            for (int j = 0; j < 15; j++) {
                double ti = data.train().getLabels().getDouble(i, 0);
                double tj = data.train().getLabels().getDouble(j, 0);
                assertEquals(Double.compare(ti, tj),
                        Double.compare(features.getDouble(i, 1), features.getDouble(j, 1)));
            }
        }
    }

    @Test
    void numericClassLabelsSortAsNumbersAndAGzippedFileIsRead() throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("n.csv.gz")))) {
            out.write("""
                    10,0.5
                    9,0.7
                    2,0.1
                    10,0.4
                    2.0,0.2
                    9,0.8
                    """.getBytes(StandardCharsets.UTF_8));
        }

        PreparedData data = Datasets.load(spec("""
                {"type": "csv", "path": "n.csv.gz", "label": 0, "task": "classification", "validationFraction": 0.5}
                """));

        assertEquals(3, data.outputs(), "2 and 2.0 are one class");
        assertTrue(data.description().contains("3 classes (2, 9, 10)"), data.description());
    }

    @Test
    void aMissingFileIsFoundWhenTheStudyIsRead() {
        Problems problems = new Problems();

        Optional<DatasetSpec> spec = read("""
                {"type": "csv", "path": "nowhere.csv", "task": "classification"}
                """, problems);

        assertTrue(spec.isEmpty());
        Problem problem = only(problems);
        assertEquals(PATH + ".path", problem.path());
        assertEquals("no such file: " + dir.resolve("nowhere.csv").toAbsolutePath()
                + " (relative paths resolve against the study file's folder)", problem.message());
    }

    @Test
    void aLabelNameNotInTheHeaderListsTheColumnsWithDidYouMean() throws Exception {
        Files.writeString(dir.resolve("f.csv"), "sepal,petal,species\n1,2,a\n3,4,b\n");
        Problems problems = new Problems();

        Optional<DatasetSpec> spec = read("""
                {"type": "csv", "path": "f.csv", "header": true, "label": "specis", "task": "classification"}
                """, problems);

        assertTrue(spec.isEmpty());
        Problem problem = only(problems);
        assertEquals(PATH + ".label", problem.path());
        assertEquals("the header of " + dir.resolve("f.csv") + " has no column \"specis\", did you mean"
                + " \"species\"? (its columns: \"sepal\", \"petal\", \"species\")", problem.message());
    }

    @Test
    void aLabelIndexOutOfRangeSaysHowManyColumnsThereAre() throws Exception {
        Files.writeString(dir.resolve("f.csv"), "1,2,0\n3,4,1\n");
        Problems problems = new Problems();

        read("""
                {"type": "csv", "path": "f.csv", "label": 3, "task": "classification"}
                """, problems);

        Problem problem = only(problems);
        assertEquals(PATH + ".label", problem.path());
        assertEquals("column 3 is out of range: " + dir.resolve("f.csv") + " has 3 columns, 0 to 2",
                problem.message());
    }

    @Test
    void aBadColumnIsAlsoCaughtWhenTheFileChangedAfterReading() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "a,b,label\n1,2,0\n3,4,1\n");
        DatasetSpec spec = spec("""
                {"type": "csv", "path": "f.csv", "header": true, "label": "label", "task": "classification"}
                """);
        Files.writeString(file, "a,b,target\n1,2,0\n3,4,1\n");

        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.load(spec));

        assertEquals("the header of " + file + " has no column \"label\" (its columns: \"a\", \"b\", \"target\")",
                e.getMessage());
    }

    @Test
    void aNonNumericValueNamesItsLineAndColumn() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "x,y,label\n1,2,a\n\n3,4,b\n5,six,a\n");
        DatasetSpec spec = spec("""
                {"type": "csv", "path": "f.csv", "header": true, "task": "classification"}
                """);

        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.load(spec));

        assertEquals(file + ": line 5, column \"y\" (index 1): \"six\" is not a number", e.getMessage());
    }

    @Test
    void aNonNumericValueWithoutAHeaderNamesTheColumnIndex() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "1,2,0.5\n3,NaN,1.5\n");
        DatasetSpec spec = spec("""
                {"type": "csv", "path": "f.csv", "task": "regression"}
                """);

        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.load(spec));

        assertEquals(file + ": line 2, column index 1: \"NaN\" is not a finite number", e.getMessage());
    }

    @Test
    void aRegressionTargetMustBeANumber() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "1,2,0.5\n3,4,high\n");
        DatasetSpec spec = spec("""
                {"type": "csv", "path": "f.csv", "task": "regression"}
                """);

        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.load(spec));

        assertEquals(file + ": line 2, column index 2: \"high\" is not a number", e.getMessage());
    }

    @Test
    void rowsOfDifferentLengthsAreAnError() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "a,b,c\n1,2,0\n3,4,1,7\n");
        DatasetSpec withHeader = spec("""
                {"type": "csv", "path": "f.csv", "header": true, "task": "classification"}
                """);
        Path plain = dir.resolve("g.csv");
        Files.writeString(plain, "1,2,0\n3,1\n");
        DatasetSpec withoutHeader = spec("""
                {"type": "csv", "path": "g.csv", "task": "classification"}
                """);

        assertEquals(file + ": line 3 has 4 values, but the header (line 1) has 3",
                assertThrows(DatasetException.class, () -> Datasets.load(withHeader)).getMessage());
        assertEquals(plain + ": line 2 has 2 values, but line 1 has 3",
                assertThrows(DatasetException.class, () -> Datasets.load(withoutHeader)).getMessage());
    }

    @Test
    void oneClassOnlyOrNoRowsCannotBeTrainedOn() throws Exception {
        Files.writeString(dir.resolve("one.csv"), "1,a\n2,a\n3,a\n");
        Files.writeString(dir.resolve("header.csv"), "x,y\n");

        assertEquals(dir.resolve("one.csv") + ": every label is \"a\", but classification needs at least 2 classes",
                assertThrows(DatasetException.class, () -> Datasets.load(spec("""
                        {"type": "csv", "path": "one.csv", "task": "classification"}
                        """))).getMessage());
        assertEquals(dir.resolve("header.csv") + ": no examples after the header",
                assertThrows(DatasetException.class, () -> Datasets.load(spec("""
                        {"type": "csv", "path": "header.csv", "header": true, "task": "regression"}
                        """))).getMessage());
    }

    @Test
    void aFailedLoadIsNotCachedSoARetryAfterAFixWorks() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "1,2,0\n3,x,1\n");
        DatasetSpec spec = spec("""
                {"type": "csv", "path": "f.csv", "task": "classification", "validationFraction": 0.5}
                """);
        assertThrows(DatasetException.class, () -> Datasets.load(spec));

        Files.writeString(file, "1,2,0\n3,4,1\n");

        assertEquals(1, Datasets.load(spec).trainSize());
    }

    @Test
    void theCsvOptionsAreCheckedWithTheirPaths() throws Exception {
        Files.writeString(dir.resolve("f.csv"), "1,2,0\n");
        Problems problems = new Problems();

        read("""
                {"type": "csv", "path": "f.csv", "label": "y", "delimiter": ";;", "header": "yes",
                 "task": "clasification", "colour": 1}
                """, problems);

        assertEquals(List.of(
                new Problem(PATH + ".task", "must be one of classification, regression, got \"clasification\","
                        + " did you mean \"classification\"?"),
                new Problem(PATH + ".header", "must be true or false, got a string (\"yes\")"),
                new Problem(PATH + ".delimiter", "must be one character, such as \",\", \";\" or \"\\t\", got \";;\""),
                new Problem(PATH + ".label", "names the column \"y\", which needs \"header\": true; without a header"
                        + " line give the column's 0-based index, such as 4"),
                new Problem(PATH + ".colour", "unknown option (known: type, validationFraction, seed, limit, path,"
                        + " task, header, delimiter, label)")), problems.list());
    }

    @Test
    void aCsvNeedsItsPathAndTask() {
        Problems problems = new Problems();

        read("{\"type\": \"csv\"}", problems);
        read("\"csv\"", problems);

        assertEquals(List.of(new Problem(PATH + ".path", "is required"), new Problem(PATH + ".task", "is required"),
                new Problem(PATH, "a csv dataset needs its options: an object such as {\"type\": \"csv\","
                        + " \"path\": \"data.csv\", \"task\": \"classification\"}")), problems.list());
    }

    @Test
    void theSpecKnowsTheTaskButNotTheShape() throws Exception {
        Files.writeString(dir.resolve("f.csv"), "1,2,0\n");

        DatasetSpec spec = spec("""
                {"type": "csv", "path": "f.csv", "task": "regression"}
                """);

        assertEquals(Task.REGRESSION, spec.knownTask());
        assertEquals(Optional.empty(), spec.knownInput());
        assertEquals(new DatasetSource.Csv(dir.resolve("f.csv").toAbsolutePath(), new CsvLabel.Last(),
                Task.REGRESSION, false, ','), spec.source());
    }

    private record PreparedDataPart(INDArray features, INDArray labels) {
    }

    private DatasetSpec spec(String json) throws Exception {
        Problems problems = new Problems();
        Optional<DatasetSpec> spec = read(json, problems);
        assertEquals(List.of(), problems.list());
        return spec.orElseThrow();
    }

    private Optional<DatasetSpec> read(String json, Problems problems) {
        try {
            return DatasetSpec.read(JSON.readTree(json), PATH, problems, dir);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Problem only(Problems problems) {
        assertEquals(1, problems.list().size(), problems.list().toString());
        return problems.list().get(0);
    }
}
