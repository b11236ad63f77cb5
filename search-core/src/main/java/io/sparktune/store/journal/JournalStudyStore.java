package io.sparktune.store.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.space.Values;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.store.ReportRules;
import io.sparktune.store.Reported;
import io.sparktune.store.Stores;
import io.sparktune.store.StudyStore;
import io.sparktune.store.TrialProposer;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A durable store: the study's trials as an append-only journal of events ({@code journal.jsonl},
 * one JSON event a line, see {@link JournalEvents}) in a folder, shared safely by many threads and
 * many processes. The idea is Optuna's {@code JournalFileStorage} (journal storage, Optuna 3.1):
 * state is never rewritten, only replayed from a log that every writer appends to under a lock.
 *
 * <p>Every operation, reads included:
 * <ol>
 *   <li>takes a lock local to this JVM (a {@code FileLock} is held per JVM, not per thread), then an
 *       exclusive {@link FileChannel#lock()} on {@code journal.lock};</li>
 *   <li>replays the lines appended since this store last read, so its history is current;</li>
 *   <li>checks the operation against that fresh history (a finished trial stays finished);</li>
 *   <li>appends one event, forces it to disk, and releases the locks.</li>
 * </ol>
 * A process that dies mid-write leaves a last line without its newline; replay ignores it, and the
 * next writer (who holds the lock, so the dead one is gone) cuts it off before appending.
 *
 * <p>An operation on a thread that is interrupted fails with an {@link UncheckedIOException}, as
 * file channels are closed by interrupts.
 */
public final class JournalStudyStore implements StudyStore {

    /** The file that holds the events. */
    public static final String JOURNAL_FILE = "journal.jsonl";
    /** The file that writers lock. */
    public static final String LOCK_FILE = "journal.lock";

    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path journal;
    private final Path lockFile;
    private final ReentrantLock jvmLock;
    private History history;
    private long position;
    private long lines;

    private JournalStudyStore(Path directory, Direction direction) {
        this.journal = directory.resolve(JOURNAL_FILE);
        this.lockFile = directory.resolve(LOCK_FILE);
        this.jvmLock = JVM_LOCKS.computeIfAbsent(directory, d -> new ReentrantLock());
        this.history = History.empty(direction);
    }

    /**
     * The store kept in {@code directory}, created (with the folder) if it does not exist yet, and
     * replayed from disk if it does.
     *
     * @throws UncheckedIOException when the folder cannot be created or read
     * @throws IllegalStateException when the journal holds an event that cannot be replayed
     */
    public static JournalStudyStore open(Path directory, Direction direction) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(direction, "direction");
        Path real;
        try {
            Files.createDirectories(directory);
            real = directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the study folder " + directory + ": " + e.getMessage(), e);
        }
        JournalStudyStore store = new JournalStudyStore(real, direction);
        store.history();
        return store;
    }

    /** The journal file this store reads and appends to. */
    public Path journal() {
        return journal;
    }

    @Override
    public Optional<Trial> createTrial(TrialProposer proposer, Instant now) {
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(now, "now");
        return locked(channel -> {
            int number = history.size();
            Optional<Map<String, Object>> params = proposer.propose(number, history);
            if (params.isEmpty()) {
                return Optional.empty();
            }
            Trial trial = Trial.created(number, normalized(params.get()), TrialState.RUNNING, now);
            append(channel, JournalEvents.created(trial), trial);
            return Optional.of(trial);
        });
    }

    @Override
    public Reported report(int number, int attempt, Report report, Scheduler scheduler, Instant now) {
        return locked(channel -> {
            ReportRules.Applied applied = ReportRules.apply(history, number, attempt, report, scheduler, now);
            if (applied.updated() != null) {
                append(channel, JournalEvents.report(number, report, applied.updated().stopReason(), now),
                        applied.updated());
            }
            return applied.reported();
        });
    }

    /** Claims live in this process only: the journal keeps what a study decides, not where it runs. */
    @Override
    public boolean claim(int number, int attempt, String worker, Instant now) {
        return locked(channel -> keep(ReportRules.claim(history, number, attempt, worker, now)));
    }

    /** Heartbeats live in this process only, as claims do. */
    @Override
    public boolean heartbeat(int number, int attempt, Instant now) {
        return locked(channel -> keep(ReportRules.heartbeat(history, number, attempt, null, now)));
    }

    @Override
    public Trial requestStop(int number, String reason) {
        return locked(channel -> {
            Trial trial = Stores.existing(history, number);
            if (trial.isFinished() || trial.stopReason() != null) {
                return trial;
            }
            return append(channel, JournalEvents.stop(number, reason), trial.stopping(reason));
        });
    }

    private boolean keep(Trial updated) {
        if (updated == null) {
            return false;
        }
        history = history.with(updated);
        return true;
    }

    @Override
    public Trial finish(int number, TrialState state, Double value, String reason, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        return locked(channel -> {
            Trial updated = Stores.existing(history, number).finished(state, value, reason, now);
            return append(channel, JournalEvents.finished(number, state, value, reason, now), updated);
        });
    }

    @Override
    public Trial retry(int number, Instant now) {
        Objects.requireNonNull(now, "now");
        return locked(channel -> {
            Trial updated = Stores.existing(history, number).retried(now);
            return append(channel, JournalEvents.retried(number, now), updated);
        });
    }

    @Override
    public History history() {
        return locked(channel -> history);
    }

    private interface Operation<T> {
        T apply(FileChannel journalChannel) throws IOException;
    }

    private <T> T locked(Operation<T> operation) {
        jvmLock.lock();
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // Held until lockChannel closes: closing a channel releases its locks.
            lockChannel.lock();
            try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                catchUp(channel);
                return operation.apply(channel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the study journal " + journal + ": " + e, e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** Replays the complete lines appended since {@link #position}; a torn last line is left alone. */
    private void catchUp(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < position) {
            throw new IllegalStateException(
                    journal + " is shorter than when it was last read (" + size + " < " + position + " bytes)");
        }
        if (size == position) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - position));
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        byte[] bytes = buffer.array();
        int start = 0;
        for (int i = 0; i < buffer.position(); i++) {
            if (bytes[i] == '\n') {
                replayLine(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        position += start;
    }

    private void replayLine(String line) {
        lines++;
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode event = JSON.readTree(line);
            history = JournalEvents.apply(history, event);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(journal + " line " + lines + " is not an event that can be replayed: "
                    + e.getMessage(), e);
        }
    }

    /** Appends {@code event}, forced to disk, and makes {@code updated} part of the history. */
    private Trial append(FileChannel channel, ObjectNode event, Trial updated) throws IOException {
        if (channel.size() > position) {
            channel.truncate(position);
        }
        ByteBuffer buffer = ByteBuffer.wrap((event.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        channel.force(true);
        position = at;
        lines++;
        history = history.with(updated);
        return updated;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> normalized(Map<String, Object> params) {
        return (Map<String, Object>) Values.normalize(params);
    }
}
