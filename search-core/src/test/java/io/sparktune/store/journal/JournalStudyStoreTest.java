package io.sparktune.store.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.store.StudyStore;
import io.sparktune.store.StudyStoreContract;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalStudyStoreTest extends StudyStoreContract {

    @TempDir
    Path temp;

    private final Map<StudyStore, Path> folders = new java.util.IdentityHashMap<>();

    @Override
    protected StudyStore newStore(Direction direction) {
        Path folder = temp.resolve("study-" + folders.size());
        JournalStudyStore store = JournalStudyStore.open(folder, direction);
        folders.put(store, folder);
        return store;
    }

    @Override
    protected StudyStore reopen(StudyStore store) {
        return JournalStudyStore.open(folders.get(store), store.history().direction());
    }

    @Test
    void writesOneEventPerLine() throws IOException {
        Path folder = temp.resolve("lines");
        JournalStudyStore store = JournalStudyStore.open(folder, Direction.MINIMIZE);
        create(store, Map.of("opt", "sgd"));
        report(store, 0, new Report(1, Double.NaN));
        store.finish(0, TrialState.FAILED, null, "diverged", T0.plusSeconds(1));
        store.retry(0, T0.plusSeconds(2));
        List<String> lines = Files.readAllLines(folder.resolve(JournalStudyStore.JOURNAL_FILE));
        assertEquals(List.of(
                "{\"event\":\"created\",\"number\":0,\"params\":{\"opt\":\"sgd\"},\"time\":\"2024-05-01T12:00:00Z\"}",
                "{\"event\":\"report\",\"number\":0,\"step\":1,\"value\":\"NaN\",\"time\":\"2024-05-01T12:00:00Z\"}",
                "{\"event\":\"finished\",\"number\":0,\"state\":\"failed\",\"reason\":\"diverged\","
                        + "\"time\":\"2024-05-01T12:00:01Z\"}",
                "{\"event\":\"retried\",\"number\":0,\"time\":\"2024-05-01T12:00:02Z\"}"), lines);
    }

    @Test
    void aTornLastLineIsIgnoredAndCutOffByTheNextWriter() throws IOException {
        Path folder = temp.resolve("torn");
        JournalStudyStore store = JournalStudyStore.open(folder, Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        store.finish(0, TrialState.COMPLETED, 2.0, null, T0);
        History before = store.history();
        Path journal = folder.resolve(JournalStudyStore.JOURNAL_FILE);
        Files.writeString(journal, "{\"event\":\"created\",\"number\":1,\"par", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        JournalStudyStore reopened = JournalStudyStore.open(folder, Direction.MINIMIZE);
        assertEquals(before, reopened.history());
        assertEquals(before, store.history());

        Trial next = create(reopened, Map.of("x", 3.0));
        assertEquals(1, next.number());
        List<String> lines = Files.readAllLines(journal);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("{\"event\":\"created\",\"number\":1,\"params\":{\"x\":3.0}"), lines.get(2));
        assertEquals(reopened.history(), JournalStudyStore.open(folder, Direction.MINIMIZE).history());
        assertEquals(reopened.history(), store.history());
    }

    @Test
    void aCorruptLineIsReportedWithItsNumber() throws IOException {
        Path folder = temp.resolve("corrupt");
        JournalStudyStore store = JournalStudyStore.open(folder, Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        Files.writeString(folder.resolve(JournalStudyStore.JOURNAL_FILE), "{\"event\":\"finished\",\"number\":5}\n",
                StandardOpenOption.APPEND);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> JournalStudyStore.open(folder, Direction.MINIMIZE));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void twoStoresOnOneFolderSeeEachOthersWrites() {
        Path folder = temp.resolve("shared");
        JournalStudyStore a = JournalStudyStore.open(folder, Direction.MINIMIZE);
        JournalStudyStore b = JournalStudyStore.open(folder, Direction.MINIMIZE);
        assertEquals(0, create(a, Map.of("x", 1.0)).number());
        assertEquals(1, create(b, Map.of("x", 2.0)).number());
        b.finish(0, TrialState.COMPLETED, 1.0, null, T0);
        assertThrows(IllegalStateException.class, () -> a.finish(0, TrialState.FAILED, null, "late", T0));
        assertEquals(TrialState.COMPLETED, a.history().trial(0).state());
        assertEquals(a.history(), b.history());
    }

    @Test
    void twoProcessesCreatingTrialsAtOnceGetDistinctNumbersAndLoseNone() throws Exception {
        Path folder = temp.resolve("processes");
        int processes = 2;
        int each = 150;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> started = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            started.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    JournalWriterMain.class.getName(), folder.toString(), "writer-" + p, Integer.toString(each))
                    .redirectErrorStream(true).start());
        }
        for (int p = 0; p < processes; p++) {
            Path ready = folder.resolve("ready-writer-" + p);
            for (int wait = 0; wait < 6000 && !Files.exists(ready); wait++) {
                Thread.sleep(10);
            }
        }
        Files.createFile(folder.resolve("go"));
        for (Process process : started) {
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "a writer process did not end in time");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), output);
        }
        History history = JournalStudyStore.open(folder, Direction.MINIMIZE).history();
        assertEquals(processes * each, history.size());
        Set<String> seen = new HashSet<>();
        for (Trial trial : history.trials()) {
            String key = trial.params().get("writer") + "/" + trial.params().get("i");
            assertTrue(seen.add(key), "created twice: " + key);
            assertEquals(TrialState.COMPLETED, trial.state());
            assertEquals((double) trial.number(), trial.value(), "each process tells the number it was given");
            assertEquals(List.of(new Report(1, trial.number())), trial.reports());
        }
        int switches = 0;
        for (int n = 1; n < history.size(); n++) {
            if (!history.trial(n).params().get("writer").equals(history.trial(n - 1).params().get("writer"))) {
                switches++;
            }
        }
        assertTrue(switches > 1, "the processes did not write at the same time: " + switches + " switches");
        for (int p = 0; p < processes; p++) {
            for (long i = 0; i < each; i++) {
                assertTrue(seen.contains("writer-" + p + "/" + i), "lost writer-" + p + "/" + i);
            }
        }
    }
}
