package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sparktune.spec.SpecException;
import io.sparktune.spec.StudySpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/study-format.md} marked {@code <!-- spark-runner -->} (trainers that
 * live in this module) read without problems here, where their trainers are registered; search-core's
 * doc test checks them against the schema.
 */
class StudyFormatDl4jDocTest {

    @Test
    void everySparkRunnerExampleReads() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "study-format.md"));
        List<String> studies = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("<!-- spark-runner -->")) {
                assertTrue(lines.get(i + 1).startsWith("```json"), "a json block follows line " + (i + 1));
                StringBuilder text = new StringBuilder();
                for (int j = i + 2; !lines.get(j).startsWith("```"); j++) {
                    text.append(lines.get(j)).append('\n');
                }
                studies.add(text.toString());
            }
        }
        assertFalse(studies.isEmpty(), "no spark-runner examples found");
        for (String study : studies) {
            try {
                StudySpecReader.read(study, Path.of("."));
            } catch (SpecException e) {
                fail("a spark-runner example does not read:\n" + e.getMessage() + "\n" + study);
            }
        }
    }
}
