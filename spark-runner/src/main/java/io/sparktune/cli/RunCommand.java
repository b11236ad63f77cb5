package io.sparktune.cli;

import io.sparktune.cluster.ClusterSettings;
import io.sparktune.runner.studydir.RunLock;
import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.spec.UserFile;
import io.sparktune.store.StudyStore;
import io.sparktune.store.hazelcast.DriverClaim;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.study.StopReason;
import io.sparktune.study.Study;
import io.sparktune.study.StudyOutcome;
import io.sparktune.trainer.Trainers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sparktune run STUDY.json [--out DIR] [--progress bar|lines|none]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a study on this machine (in this process: a Hazelcast member holding the study, and"
                + " Spark with a core per trial in flight) and writes its results to a study directory.",
            "It starts the dashboard beside it and prints the leaderboard's address; once the study ends the"
                + " leaderboard stays up until Ctrl-C (--exit-when-done exits at once).",
            "Running again with the same directory resumes the study.",
            "Exit code 0 when the study ran (even if some trials failed), 1 when it stopped at maxFailures"
                + " or could not run, 2 for a bad study file or a directory that holds another study."})
final class RunCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "STUDY.json", description = "The study file.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The study directory (default: runs/<study name> under the current directory).")
    Path outDir;

    @Option(names = "--progress", paramLabel = "MODE", converter = ProgressMode.Converter.class,
            description = "bar, lines or none (default: a bar on a terminal, lines otherwise).")
    ProgressMode progress;

    @Option(names = "--exit-when-done",
            description = "Exit when the study ends (by default the leaderboard stays up until Ctrl-C).")
    boolean exitWhenDone;

    @Option(names = "--no-dashboard", description = "Start no dashboard (no web leaderboard, no REST API).")
    boolean noDashboard;

    @Option(names = "--http-port", paramLabel = "PORT", converter = ClusterFlags.Port.class,
            description = "The dashboard's port on 127.0.0.1 (default: " + RunDashboard.DEFAULT_PORT
                    + ", or a free one when that is taken).")
    Integer httpPort;

    private final Clock clock = Clock.systemUTC();

    @Override
    @SuppressWarnings("try") // the lock and the shutdown hook are held for the run, not used in it
    int execute() throws InterruptedException {
        UserFile study = UserFile.read(file, "a study file");
        StudySpec spec = StudySpecReader.read(study);
        Sampler sampler = Samplers.create(spec.strategy());
        Scheduler scheduler = Schedulers.create(spec.scheduler());
        Trainers.create(spec.trainer(), spec.trainerSetup()); // checks the trainer's options before anything starts
        StudyDirectory directory = StudyDirectory.create(outDir != null ? outDir : defaultDirectory(spec), study.bytes(),
                file.toString());
        try (RunLock lock = directory.lockForRun(); ShutdownInterrupt shutdown = new ShutdownInterrupt()) {
            return run(spec, directory, study.text(), directory.openStore(spec.objective().direction()), sampler,
                    scheduler);
        }
    }

    /**
     * Runs the study on the embedded control plane and Spark ({@link EmbeddedRun}), the study
     * directory's journal kept up to date as trials end.
     */
    private int run(StudySpec spec, StudyDirectory directory, String studyJson, StudyStore journal, Sampler sampler,
            Scheduler scheduler) throws InterruptedException {
        directory.writeTrials(journal.history());
        StudyOutcome outcome;
        RunTracker tracker;
        RunDashboard dashboard = noDashboard ? RunDashboard.none() : RunDashboard.choosePort(httpPort, err());
        ClusterSettings controlPlane = EmbeddedRun.newControlPlane();
        // The dashboard's JVM starts while Spark and the member do: each takes seconds.
        dashboard.launch(controlPlane, directory.file(RunDashboard.LOG_FILE), err());
        try (RunDashboard shown = dashboard; EmbeddedRun embedded = EmbeddedRun.start(controlPlane, spec, studyJson,
                journal)) {
            shown.announceWhenReady(spec.name(), out(), err());
            try (Progress display = display()) {
                tracker = new RunTracker(directory, spec.name(), journal.history(), spec.budget().maxTrials(), display,
                        Instant.now(clock));
                Study study = new Study(spec.name(), spec.seed(), spec.space(), sampler, scheduler, embedded.store(),
                        clock);
                HazelcastStudies studies = embedded.studies();
                // The run is the study's driver (the dashboard shows a study without one as idle).
                try (DriverClaim driver = studies.claimDriver(spec.name(), Duration.ZERO).orElseThrow()) {
                    outcome = ControlPlaneRun.run(studies, study, spec.budget(), embedded.executor(), tracker, clock);
                }
            }
            writeResults(out(), spec, directory, outcome, tracker);
            if (!exitWhenDone && !Thread.currentThread().isInterrupted() && shown.isShown()) {
                embedded.stopSpark();
                shown.awaitCtrlC(out());
            }
            shown.close(); // before the member it is a client of
        }
        return exitCode(outcome);
    }

    /** 1 when the study stopped at maxFailures or was interrupted, 0 otherwise (even if some trials failed). */
    static int exitCode(StudyOutcome outcome) {
        return outcome.reason() == StopReason.MAX_FAILURES || outcome.reason() == StopReason.INTERRUPTED
                ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** Writes the study directory's files and the summary; after Ctrl-C too. */
    static void writeResults(PrintWriter out, StudySpec spec, StudyDirectory directory, StudyOutcome outcome,
            RunTracker tracker) {
        // After Ctrl-C the files are still written: interruptible file channels would refuse to.
        boolean interrupted = Thread.interrupted();
        try {
            directory.writeTrials(outcome.history());
            outcome.best().ifPresent(best -> directory.writeBest(spec.name(), spec.objective().direction(), best));
            summarize(out, outcome, tracker.snapshot(), directory);
            out.flush();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Progress display() {
        ProgressMode mode = progress != null ? progress : ProgressMode.auto(System.console() != null);
        return switch (mode) {
            case BAR -> new BarProgress(out(), clock, Duration.ofMillis(500));
            case LINES -> new LinesProgress(out());
            case NONE -> Progress.none();
        };
    }

    /** Why the study stopped, its trials by end state, the best trial and where the files are. */
    static void summarize(PrintWriter out, StudyOutcome outcome, RunSnapshot snapshot, StudyDirectory directory) {
        out.println(outcome.message());
        out.println(snapshot.done() + " trials ended: " + snapshot.completed() + " completed, "
                + snapshot.pruned() + " pruned, " + snapshot.failed() + " failed");
        outcome.best().ifPresentOrElse(
                best -> out.println("best: " + Format.value(best.value()) + " (trial " + best.number() + ") "
                        + Format.params(best.params())),
                () -> out.println("best: none (no trial completed)"));
        out.println("results: " + directory.file(StudyDirectory.BEST_FILE) + ", "
                + directory.file(StudyDirectory.TRIALS_FILE));
    }

    /** {@code runs/<study name>}, the name made safe for a file name. */
    static Path defaultDirectory(StudySpec spec) {
        String safe = spec.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of("runs", safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "study" : safe);
    }
}
