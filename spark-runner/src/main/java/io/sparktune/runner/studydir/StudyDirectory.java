package io.sparktune.runner.studydir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.json.BestJson;
import io.sparktune.json.TrialJson;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.StudyStore;
import io.sparktune.store.journal.JournalStudyStore;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** A study directory (see the package comment for its layout). Thread-safe. */
public final class StudyDirectory {

    public static final String STUDY_FILE = "study.json";
    public static final String JOURNAL_FILE = "journal.jsonl";
    public static final String TRIALS_FILE = "trials.jsonl";
    public static final String BEST_FILE = "best.json";
    /** Held by the process that runs the study, so that a second run does not take its trials for stale. */
    public static final String RUN_LOCK_FILE = "run.lock";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final byte[] study;

    private StudyDirectory(Path path, byte[] study) {
        this.path = path;
        this.study = study.clone();
    }

    /**
     * The study directory {@code dir} for the study file {@code studyJson}: created with its
     * {@code study.json} when it does not exist yet, or opened when it already holds the same study
     * (equal JSON), so that a run can resume there.
     *
     * @param source how to name the study file in messages
     * @throws StudyDirectoryException when {@code dir} holds another study or something else
     */
    public static StudyDirectory create(Path dir, byte[] studyJson, String source) {
        Path studyFile = dir.resolve(STUDY_FILE);
        if (Files.isRegularFile(studyFile)) {
            StudyDirectory existing = open(dir);
            if (!tree(studyJson, source).equals(tree(existing.study, studyFile.toString()))) {
                throw new StudyDirectoryException(dir + " holds a different study: its " + STUDY_FILE
                        + " differs from " + source + ". Choose another folder with --out, or remove " + dir
                        + " to start over.");
            }
            return existing;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StudyDirectoryException(dir + " is a file, not a folder: choose another folder with --out");
        }
        if (Files.isDirectory(dir) && !isEmptyApartFromStudyFiles(dir)) {
            if (isStudyDirectory(dir)) {
                return create(dir, studyJson, source); // another process made it meanwhile
            }
            throw new StudyDirectoryException(dir + " is not empty and is not a study directory (it has no "
                    + STUDY_FILE + "): choose another folder with --out");
        }
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(studyFile, studyJson);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the study directory " + dir + ": " + e.getMessage(), e);
        }
        return new StudyDirectory(dir, studyJson);
    }

    /**
     * The existing study directory {@code dir}.
     *
     * @throws StudyDirectoryException when {@code dir} is not one
     */
    public static StudyDirectory open(Path dir) {
        Path studyFile = dir.resolve(STUDY_FILE);
        if (!Files.isDirectory(dir)) {
            throw new StudyDirectoryException(dir + " is not a study directory: "
                    + (Files.exists(dir) ? "it is a file" : "it does not exist")
                    + " (a study directory is made by \"sparktune run\" or \"sparktune ask --study\")");
        }
        try {
            return new StudyDirectory(dir, Files.readAllBytes(studyFile));
        } catch (NoSuchFileException e) {
            throw new StudyDirectoryException(dir + " is not a study directory: it has no " + STUDY_FILE
                    + " (a study directory is made by \"sparktune run\" or \"sparktune ask --study\")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + studyFile + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} is a study directory. */
    public static boolean isStudyDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve(STUDY_FILE));
    }

    public Path path() {
        return path;
    }

    /** The file {@code name} (one of the constants of this class) in this directory. */
    public Path file(String name) {
        return path.resolve(name);
    }

    /** The study file kept here, as the user wrote it. */
    public String studyJson() {
        return new String(study, StandardCharsets.UTF_8);
    }

    /** Reads and validates the study kept here; relative paths in it resolve against {@code baseDirectory}. */
    public StudySpec readSpec(Path baseDirectory) {
        return StudySpecReader.read(studyJson(), baseDirectory);
    }

    /** The durable store of this study's trials, shared safely with other processes using this directory. */
    public StudyStore openStore(Direction direction) {
        return JournalStudyStore.open(path, direction);
    }

    /**
     * Claims this directory for one run of its study until the returned lock is closed.
     *
     * @throws StudyDirectoryException when another run holds it
     */
    public RunLock lockForRun() {
        return RunLock.acquire(file(RUN_LOCK_FILE), path);
    }

    /**
     * Checks that no run holds this directory: while one does, its study lives on the run's control
     * plane, and a change made to the journal alone would not be seen by it.
     *
     * @param command the command that wants to change the study, for the message
     * @throws StudyDirectoryException when a run holds it
     */
    public void requireNoRun(String command) {
        try (RunLock lock = lockForRun()) {
            // free: nothing runs here
        } catch (StudyDirectoryException e) {
            throw new StudyDirectoryException("a sparktune run is using " + path + " right now, and its study lives in"
                    + " that run until it ends; try \"sparktune " + command + "\" again then");
        }
    }

    /** Rewrites {@code trials.jsonl} whole from {@code history}, one line per trial in number order. */
    public synchronized void writeTrials(History history) {
        StringBuilder lines = new StringBuilder();
        history.trials().forEach(t -> lines.append(line(t)).append('\n'));
        write(TRIALS_FILE, lines.toString());
    }

    /** Appends the line of one trial to {@code trials.jsonl}. */
    public synchronized void appendTrial(Trial trial) {
        try {
            Files.writeString(file(TRIALS_FILE), line(trial) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(TRIALS_FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Rewrites {@code best.json} with {@code best}. */
    public synchronized void writeBest(String studyName, Direction direction, Trial best) {
        try {
            write(BEST_FILE, JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(bestJson(studyName, direction, best)) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("trial " + best.number() + " cannot be written as JSON", e);
        }
    }

    /**
     * The best trial as {@code best.json} and {@code sparktune best} show it, with the study file kept
     * here ({@link BestJson}).
     */
    public ObjectNode bestJson(String studyName, Direction direction, Trial best) {
        return BestJson.of(studyName, direction, best, tree(study, file(STUDY_FILE).toString()));
    }

    private static String line(Trial trial) {
        return TrialJson.toJson(trial).toString();
    }

    private void write(String name, String content) {
        try {
            AtomicFiles.write(file(name), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(name) + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(byte[] json, String source) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StudyDirectoryException(source + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyApartFromStudyFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.allMatch(f -> f.getFileName().toString().startsWith("." + STUDY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
