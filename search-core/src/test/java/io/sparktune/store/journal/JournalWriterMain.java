package io.sparktune.store.journal;

import io.sparktune.trial.Direction;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A separate process for {@link JournalStudyStoreTest}: opens the journal in {@code args[0]} and,
 * {@code args[2]} times, creates a trial with params {writer: args[1], i}, reports once and
 * completes it with its own number as value. It starts once the file {@code go} exists, so that
 * the processes write at the same time. Exits 3 when the proposer sees a history whose size
 * is not the number it is asked for.
 */
public final class JournalWriterMain {

    private JournalWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Files.createFile(folder.resolve("ready-" + args[1]));
        Path go = folder.resolve("go");
        long waitUntil = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(go) && System.nanoTime() < waitUntil) {
            Thread.sleep(5);
        }
        JournalStudyStore store = JournalStudyStore.open(Path.of(args[0]), Direction.MINIMIZE);
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        for (long i = 0; i < count; i++) {
            long index = i;
            Trial trial = store.createTrial((number, history) -> {
                if (history.size() != number) {
                    System.err.println("asked for trial " + number + " with a history of " + history.size());
                    System.exit(3);
                }
                return Optional.of(Map.of("writer", writer, "i", index));
            }, Instant.now()).orElseThrow();
            store.report(trial.number(), 0, new Report(1, trial.number()), io.sparktune.scheduler.Scheduler.none(),
                    Instant.now());
            store.finish(trial.number(), TrialState.COMPLETED, (double) trial.number(), null, Instant.now());
        }
    }
}
