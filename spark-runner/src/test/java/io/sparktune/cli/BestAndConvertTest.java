package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BestAndConvertTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void bestPrintsWhatBestJsonHolds() throws Exception {
        Path study = Files.writeString(dir.resolve("s.json"), Studies.branin(20));
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("run", study.toString(), "--out", out.toString(), "--progress", "none").exitCode());

        Cli.Result best = Cli.run("best", out.toString());

        assertEquals(0, best.exitCode(), best.toString());
        JsonNode printed = JSON.readTree(best.out());
        assertEquals(JSON.readTree(out.resolve("best.json").toFile()), printed);
        assertEquals("branin-test", printed.get("study").asText());
        assertTrue(printed.get("trial").isInt());
        assertTrue(printed.get("value").isNumber());
        assertEquals(2, printed.get("params").size());
    }

    @Test
    void bestOnSomethingElseThanAStudyDirectoryExitsTwo() throws Exception {
        Cli.Result missing = Cli.run("best", dir.resolve("nowhere").toString());
        Cli.Result empty = Cli.run("best", dir.toString());

        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("is not a study directory: it does not exist"), missing.toString());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("is not a study directory: it has no study.json"), empty.toString());
    }

    @Test
    void bestWithoutACompletedTrialExitsOne() throws Exception {
        Path study = Files.writeString(dir.resolve("s.json"), Studies.branin(5));
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("ask", out.toString(), "--study", study.toString()).exitCode());

        Cli.Result best = Cli.run("best", out.toString());

        assertEquals(1, best.exitCode(), best.toString());
        assertEquals(out + " has no completed trial yet (1 trial so far)" + System.lineSeparator(), best.err());
    }

    @Test
    void convertNniPrintsAStudySpace() throws Exception {
        Path nni = Files.writeString(dir.resolve("search_space.json"), """
                {"lr": {"_type": "loguniform", "_value": [0.0001, 0.1]},
                 "batch_size": {"_type": "choice", "_value": [16, 32, 64]}}""");

        Cli.Result result = Cli.run("convert", "nni", nni.toString());

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode space = JSON.readTree(result.out());
        assertEquals("float", space.get("lr").get("type").asText());
        assertTrue(space.get("lr").get("log").asBoolean());
        assertEquals(0.0001, space.get("lr").get("low").asDouble());
        assertEquals("categorical", space.get("batch_size").get("type").asText());
        assertEquals(3, space.get("batch_size").get("choices").size());
        assertTrue(result.out().contains("\n  "), "pretty printed: " + result.out());
    }

    @Test
    void convertNniRejectsWhatItCannotConvert() throws Exception {
        Path nni = Files.writeString(dir.resolve("search_space.json"), """
                {"w": {"_type": "normal", "_value": [0, 1]}}""");

        Cli.Result result = Cli.run("convert", "nni", nni.toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("normal"), result.err());
        assertEquals("", result.out());
    }
}
