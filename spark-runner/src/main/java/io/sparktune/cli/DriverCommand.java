package io.sparktune.cli;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.runner.spark.HazelcastTrialQueues;
import io.sparktune.runner.spark.SparkExecutorSettings;
import io.sparktune.runner.spark.SparkTrialExecutor;
import io.sparktune.runner.spark.StudyHandle;
import io.sparktune.runner.studydir.RunLock;
import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.Durations;
import io.sparktune.spec.StudySpec;
import io.sparktune.store.hazelcast.HazelcastStoreAccess;
import io.sparktune.store.hazelcast.DriverClaim;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.HazelcastStudyStore;
import io.sparktune.store.hazelcast.StudyRecord;
import io.sparktune.study.Study;
import io.sparktune.study.StudyOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sparktune driver}: the main of a study's Spark application, which {@code submit} starts
 * through SparkSubmit (hidden: users run {@code submit}). It joins the control plane as a client,
 * creates the study there (or goes on with it), and runs it with the {@link SparkTrialExecutor}: the
 * executors reach the same study through {@link HazelcastStoreAccess}. Its results go to the study
 * directory as {@code run}'s do, and its exit codes are {@code run}'s.
 */
@Command(name = DriverCommand.NAME, hidden = true, mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a study as the driver of a Spark application; sparktune submit starts it through"
                + " SparkSubmit, with the master and the Spark settings."})
final class DriverCommand extends CliCommand {

    static final String NAME = "driver";

    @Parameters(index = "0", paramLabel = "STUDY.json", description = "The study file.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The study directory.")
    Path outDir;

    @Option(names = "--cluster", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Members of the control plane.")
    String cluster;

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = ClusterSettings.DEFAULT_CLUSTER_NAME,
            description = "The control plane's cluster name (default: ${DEFAULT-VALUE}).")
    String clusterName;

    @Option(names = "--lease", paramLabel = "DURATION", converter = ClusterFlags.PositiveDuration.class,
            description = "How long a running trial may go without a heartbeat (default: 30s).")
    Duration lease;

    @Option(names = "--executor-wait", paramLabel = "DURATION", defaultValue = "2m",
            converter = ClusterFlags.PositiveDuration.class,
            description = "How long to wait for the first executor (default: 2m).")
    Duration executorWait;

    /** How long a driver waits for an earlier driver of its study to let it go. */
    private static final java.time.Duration DRIVER_WAIT = java.time.Duration.ofSeconds(30);

    private final Clock clock = Clock.systemUTC();

    @Override
    @SuppressWarnings("try") // the lock and the shutdown hook are held for the run, not used in it
    int execute() throws InterruptedException {
        CheckedStudy checked = CheckedStudy.read(file);
        StudySpec spec = checked.spec();
        ClusterSettings settings = ClusterSettings.parse(clusterName, cluster);
        StudyDirectory directory = StudyDirectory.create(outDir, checked.file().bytes(), file.toString());
        HazelcastInstance client = connect(settings);
        try (RunLock lock = directory.lockForRun(); ShutdownInterrupt shutdown = new ShutdownInterrupt();
                DriverClaim driver = claimStudy(client, spec.name())) {
            HazelcastStudyStore store = studyOnControlPlane(client, checked);
            Study study = new Study(spec.name(), spec.seed(), spec.space(), Samplers.create(spec.strategy()),
                    Schedulers.create(spec.scheduler()), store, clock);
            try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("sparktune " + spec.name()))) {
                awaitExecutor(spark);
                StudyHandle handle = StudyHandle.of(new HazelcastStoreAccess(settings), spec.name(),
                        checked.file().text(), spec);
                try (SparkTrialExecutor executor = new SparkTrialExecutor(spark, handle, executorSettings(spark, spec, settings))) {
                    return run(spec, directory, study, executor, new HazelcastStudies(client));
                }
            }
        } finally {
            client.shutdown();
        }
    }

    private static HazelcastInstance connect(ClusterSettings settings) {
        try {
            return ControlPlane.connect(settings);
        } catch (IllegalStateException e) {
            throw CliException.failure(e.getMessage() + "; is sparktune server running there, with this cluster name?");
        }
    }

    /**
     * The study, held for this driver: another driver of it must have ended first (one that was killed
     * is let go by the control plane within seconds, hence the wait).
     */
    private static DriverClaim claimStudy(HazelcastInstance client, String study) throws InterruptedException {
        return new HazelcastStudies(client).claimDriver(study, DRIVER_WAIT).orElseThrow(() -> CliException.failure(
                "another driver is running study \"" + study + "\" on this control plane; wait for it to end, "
                        + "or stop it (Ctrl-C on its submit)"));
    }

    /** The study on the control plane: created, or the one a driver of the same file started before. */
    private HazelcastStudyStore studyOnControlPlane(HazelcastInstance client, CheckedStudy checked) {
        StudySpec spec = checked.spec();
        try {
            return new HazelcastStudies(client).create(new StudyRecord(spec.name(), spec.objective().direction(),
                    checked.file().text(), clock.instant()));
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(e.getMessage());
        }
    }

    /**
     * Waits until an executor has joined: a master with no worker that can host one (no free core, too
     * little memory) would otherwise leave the study waiting for ever.
     */
    private void awaitExecutor(JavaSparkContext spark) throws InterruptedException {
        if (spark.sc().isLocal()) {
            return;
        }
        Instant deadline = clock.instant().plus(executorWait);
        // The driver is among the executors Spark knows of.
        while (spark.sc().statusTracker().getExecutorInfos().length < 2) {
            if (!clock.instant().isBefore(deadline)) {
                throw CliException.failure("no Spark executor joined within " + Durations.format(executorWait)
                        + ": the master at " + spark.master() + " has no worker with a free core and "
                        + spark.getConf().get("spark.executor.memory", "1g") + " of memory free (--executor-memory)");
            }
            Thread.sleep(200);
        }
    }

    /**
     * The executor's settings: the default dispatch, one slot per concurrent trial; on a cluster the
     * pull workers find their trial queues in the control plane, as the executors find the store.
     */
    private SparkExecutorSettings executorSettings(JavaSparkContext spark, StudySpec spec, ClusterSettings cluster) {
        SparkExecutorSettings settings = SparkExecutorSettings.defaults(spec.budget().maxConcurrent());
        if (!spark.sc().isLocal()) {
            settings = settings.withQueues(new HazelcastTrialQueues(cluster));
        }
        return lease != null ? settings.withLease(lease) : settings;
    }

    private int run(StudySpec spec, StudyDirectory directory, Study study, SparkTrialExecutor executor,
            HazelcastStudies studies) {
        directory.writeTrials(study.history());
        StudyOutcome outcome;
        RunTracker tracker;
        try (Progress display = new LinesProgress(out())) {
            tracker = new RunTracker(directory, spec.name(), study.history(), spec.budget().maxTrials(), display,
                    clock.instant());
            outcome = ControlPlaneRun.run(studies, study, spec.budget(), executor, tracker, clock);
        }
        RunCommand.writeResults(out(), spec, directory, outcome, tracker);
        return RunCommand.exitCode(outcome);
    }
}
