package io.sparktune.runner.spark;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.executor.TrialExecutor;
import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.StoreAccess;
import io.sparktune.store.StudyStore;
import io.sparktune.store.hazelcast.HazelcastStoreAccess;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import io.sparktune.trainer.Trainers;
import io.sparktune.trial.TrialState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The set-ups the Spark benchmarks compare, each running a whole study through the study runner:
 * local threads on the in-memory store (the baseline, what a study ran on before Spark), and Spark
 * {@code local[2]} in both dispatch modes, on the Hazelcast store of a member in this JVM (what
 * {@code sparktune run} does) and on the in-memory store (Spark's share of the cost alone).
 */
record BenchExecutors(Kind kind, Store store) {

    enum Kind {
        THREADS("local threads"), JOBS("Spark local[2], job per trial"), WORKERS("Spark local[2], pull workers");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    enum Store {
        MEMORY("in-memory"), HAZELCAST("Hazelcast");

        final String label;

        Store(String label) {
            this.label = label;
        }
    }

    /** The baseline first. */
    static final List<BenchExecutors> ALL = List.of(new BenchExecutors(Kind.THREADS, Store.MEMORY),
            new BenchExecutors(Kind.THREADS, Store.HAZELCAST), new BenchExecutors(Kind.JOBS, Store.MEMORY),
            new BenchExecutors(Kind.WORKERS, Store.MEMORY), new BenchExecutors(Kind.JOBS, Store.HAZELCAST),
            new BenchExecutors(Kind.WORKERS, Store.HAZELCAST));

    private static final AtomicInteger RUNS = new AtomicInteger();

    String label() {
        return kind.label + " + " + store.label;
    }

    /** What one timed run gave. */
    record Timed(double seconds, StudyOutcome outcome) {
    }

    /** Spark and a Hazelcast member in this JVM, as {@code sparktune run} has them. */
    record Machine(JavaSparkContext spark, HazelcastInstance member, ClusterSettings cluster) implements AutoCloseable {

        static Machine start(String name) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ClusterSettings cluster = new ClusterSettings(name + "-" + UUID.randomUUID().toString().substring(0, 8),
                    List.of("127.0.0.1:" + port));
            HazelcastInstance member = ControlPlane.startMember(cluster, "127.0.0.1", port);
            return new Machine(LocalSpark.start(name, 2), member, cluster);
        }

        @Override
        public void close() {
            spark.stop();
            member.shutdown();
        }
    }

    /**
     * Runs the study {@code json} under a name of its own and times it whole: the executor's start,
     * every trial, and its close.
     */
    Timed run(Machine machine, String json) {
        String name = kind.name().toLowerCase(Locale.ROOT) + "-" + store.name().toLowerCase(Locale.ROOT) + "-"
                + RUNS.incrementAndGet();
        String unique = json.replaceFirst("\"name\": \"([^\"]*)\"", "\"name\": \"$1-" + name + "\"");
        StudySpec spec = StudySpecReader.read(unique, Path.of("."));
        StudyStore studyStore;
        StoreAccess access;
        InProcessStoreAccess inProcess = null;
        if (store == Store.MEMORY) {
            studyStore = new InMemoryStudyStore(spec.objective().direction());
            inProcess = InProcessStoreAccess.register(spec.name(), studyStore);
            access = inProcess;
        } else {
            studyStore = new HazelcastStudies(machine.member()).create(new StudyRecord(spec.name(),
                    spec.objective().direction(), unique, Instant.now()));
            access = new HazelcastStoreAccess(machine.cluster());
        }
        Clock clock = Clock.systemUTC();
        Study study = new Study(spec.name(), spec.seed(), spec.space(), Samplers.create(spec.strategy()),
                Schedulers.create(spec.scheduler()), studyStore, clock);
        try {
            long start = System.nanoTime();
            StudyOutcome outcome;
            try (TrialExecutor executor = executor(machine.spark(), StudyHandle.of(access, spec.name(), unique, spec),
                    spec)) {
                outcome = new StudyRunner(study, spec.budget(), executor, StudyListener.NONE, clock).run();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long completed = outcome.history().count(TrialState.COMPLETED);
            if (completed != outcome.history().size()) {
                throw new IllegalStateException(label() + ": only " + completed + " of " + outcome.history().size()
                        + " trials completed: " + outcome.message());
            }
            return new Timed(seconds, outcome);
        } finally {
            if (inProcess != null) {
                inProcess.close();
            }
        }
    }

    private TrialExecutor executor(JavaSparkContext spark, StudyHandle handle, StudySpec spec) {
        int slots = spec.budget().maxConcurrent();
        return switch (kind) {
            case THREADS -> new LocalTrialExecutor(Trainers.create(spec.trainer(), spec.trainerSetup()), slots);
            case JOBS -> new SparkTrialExecutor(spark, handle,
                    SparkExecutorSettings.defaults(slots).withDispatch(Dispatch.JOB_PER_TRIAL));
            case WORKERS -> new SparkTrialExecutor(spark, handle,
                    SparkExecutorSettings.defaults(slots).withDispatch(Dispatch.PULL_WORKERS));
        };
    }

    /** A random search on Branin in two dimensions with {@code trainer} as the trainer object. */
    static String study(String name, int trials, int concurrent, String trainer) {
        return SparkStudies.study(name, trials, concurrent, trainer, "");
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
