package io.sparktune.runner.studydir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyDirectoryTest {

    private static final byte[] STUDY = "{\"name\": \"s\",\n  \"seed\": 1}\n".getBytes(StandardCharsets.UTF_8);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static Trial completed(int number, double value) {
        return Trial.created(number, Map.of("x", value * 2), TrialState.RUNNING, T0)
                .finished(TrialState.COMPLETED, value, null, T0);
    }

    @Test
    void createsTheFolderWithTheStudyFileVerbatim() throws Exception {
        Path folder = dir.resolve("a/b");

        StudyDirectory created = StudyDirectory.create(folder, STUDY, "s.json");

        assertArrayEquals(STUDY, Files.readAllBytes(folder.resolve("study.json")));
        assertTrue(StudyDirectory.isStudyDirectory(folder));
        assertEquals(new String(STUDY, StandardCharsets.UTF_8), StudyDirectory.open(folder).studyJson());
        assertEquals(folder.resolve("best.json"), created.file(StudyDirectory.BEST_FILE));
    }

    @Test
    void reopensTheSameStudyEvenWrittenDifferentlyButRefusesAnother() {
        Path folder = dir.resolve("study");
        StudyDirectory.create(folder, STUDY, "s.json");

        StudyDirectory.create(folder, "{\"seed\":1,\"name\":\"s\"}".getBytes(StandardCharsets.UTF_8), "same.json");
        StudyDirectoryException e = assertThrows(StudyDirectoryException.class, () -> StudyDirectory.create(folder,
                "{\"name\": \"s\", \"seed\": 2}".getBytes(StandardCharsets.UTF_8), "other.json"));

        assertTrue(e.getMessage().startsWith(folder + " holds a different study: its study.json differs from"
                + " other.json"), e.getMessage());
    }

    @Test
    void refusesAFileOrAFolderWithOtherThingsInIt() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");

        assertTrue(assertThrows(StudyDirectoryException.class, () -> StudyDirectory.create(file, STUDY, "s.json"))
                .getMessage().contains("is a file, not a folder"));
        assertTrue(assertThrows(StudyDirectoryException.class, () -> StudyDirectory.create(busy, STUDY, "s.json"))
                .getMessage().contains("is not empty and is not a study directory"));
        assertTrue(assertThrows(StudyDirectoryException.class, () -> StudyDirectory.open(busy))
                .getMessage().contains("it has no study.json"));
        assertEquals("mine", Files.readString(busy.resolve("notes.txt")));
    }

    @Test
    void writesTrialsAndBest() throws Exception {
        StudyDirectory study = StudyDirectory.create(dir.resolve("s"), STUDY, "s.json");
        History history = new History(Direction.MINIMIZE, List.of(completed(0, 3.0), completed(1, 2.0)));

        study.writeTrials(history);
        study.appendTrial(completed(2, 1.0));
        study.writeBest("s", Direction.MINIMIZE, completed(2, 1.0));

        List<String> lines = Files.readAllLines(study.file(StudyDirectory.TRIALS_FILE));
        assertEquals(3, lines.size());
        ObjectMapper json = new ObjectMapper();
        assertEquals(1, json.readTree(lines.get(1)).get("number").asInt(), lines.get(1));
        assertEquals(json.readTree("{\"study\":\"s\",\"direction\":\"minimize\",\"trial\":2,\"value\":1.0,"
                + "\"params\":{\"x\":2.0},\"studyFile\":{\"name\":\"s\",\"seed\":1}}"),
                json.readTree(study.file(StudyDirectory.BEST_FILE).toFile()));
        study.writeTrials(history);
        assertEquals(2, Files.readAllLines(study.file(StudyDirectory.TRIALS_FILE)).size());
        try (var files = Files.list(study.path())) {
            assertEquals(List.of("best.json", "study.json", "trials.jsonl"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void oneRunAtATime() {
        StudyDirectory study = StudyDirectory.create(dir.resolve("s"), STUDY, "s.json");

        try (RunLock first = study.lockForRun()) {
            StudyDirectoryException e = assertThrows(StudyDirectoryException.class, study::lockForRun);
            assertTrue(e.getMessage().startsWith("another sparktune run is using " + study.path()), e.getMessage());
        }
        study.lockForRun().close();
    }

    @Test
    void whileARunHoldsTheDirectoryNothingElseMayChangeItsStudy() {
        StudyDirectory directory = StudyDirectory.create(dir.resolve("held"), STUDY, "s.json");
        directory.requireNoRun("ask");
        try (RunLock lock = directory.lockForRun()) {
            StudyDirectoryException e = assertThrows(StudyDirectoryException.class, () -> directory.requireNoRun("tell"));
            assertEquals("a sparktune run is using " + directory.path() + " right now, and its study lives in that run"
                    + " until it ends; try \"sparktune tell\" again then", e.getMessage());
        }
        directory.requireNoRun("ask");
    }
}
