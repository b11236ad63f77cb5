package io.sparktune.cli;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.runner.spark.LocalSpark;
import io.sparktune.runner.spark.SparkExecutorSettings;
import io.sparktune.runner.spark.SparkTrialExecutor;
import io.sparktune.runner.spark.StudyHandle;
import io.sparktune.runner.studydir.MirroredStudyStore;
import io.sparktune.runner.studydir.StoreReplay;
import io.sparktune.spec.StudySpec;
import io.sparktune.store.StudyStore;
import io.sparktune.store.hazelcast.HazelcastStoreAccess;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.ShutdownHookManager;
import scala.runtime.BoxedUnit;

/**
 * The embedded default of {@code sparktune run}: in this one process, a Hazelcast member (the
 * control plane, on 127.0.0.1, a free port and a cluster name of its own, so that runs side by side
 * never meet) and Spark {@code local[N]} with N = {@code budget.maxConcurrent}, so that each trial
 * in flight has a core. The study lives on the member, as it would on a cluster: executors claim
 * their trials there, report there and hear the scheduler's verdict from there.
 *
 * <p>The study directory stays the durable record: the member's study is seeded from what the
 * directory's journal holds, and the driver's store ({@link MirroredStudyStore}) writes every
 * trial's creation, end and retry back to it, so a killed run resumes from the directory.
 *
 * <p>Shutting down: on Ctrl-C the study must end its trials (and write its files) before Spark and
 * the member go. Spark's own shutdown hook would stop Spark at once, so a hook Spark runs before it
 * ({@link ShutdownHookManager}, by priority) waits until this is closed, as long as
 * {@link ShutdownInterrupt} waits for the run; the member is started without Hazelcast's shutdown
 * hook and shut down here.
 */
final class EmbeddedRun implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final String HAZELCAST_SHUTDOWN_HOOK = "hazelcast.shutdownhook.enabled";

    private final HazelcastInstance member;
    private final ClusterSettings cluster;
    private final JavaSparkContext spark;
    private final StudyStore store;
    private final SparkTrialExecutor executor;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object sparkShutdownHook;

    private boolean sparkStopped;

    private EmbeddedRun(HazelcastInstance member, ClusterSettings cluster, JavaSparkContext spark, StudyStore store,
            SparkTrialExecutor executor) {
        this.member = member;
        this.cluster = cluster;
        this.spark = spark;
        this.store = store;
        this.executor = executor;
        this.sparkShutdownHook = ShutdownHookManager.addShutdownHook(
                ShutdownHookManager.SPARK_CONTEXT_SHUTDOWN_PRIORITY() + 1, () -> {
                    try {
                        closed.await(ShutdownInterrupt.WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return BoxedUnit.UNIT;
                });
    }

    /**
     * A control plane for one run: 127.0.0.1, a free port and a cluster name of its own. Chosen before
     * the run starts, so that its dashboard can start at the same time.
     */
    static ClusterSettings newControlPlane() {
        return new ClusterSettings("sparktune-run-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8), List.of(HOST + ":" + ControlPlane.freeLoopbackPort()));
    }

    /**
     * Starts the member of {@code cluster} (one address) and Spark, side by side (each takes
     * seconds), creates the study on the member from {@code journal}'s trials, and the executor.
     */
    static EmbeddedRun start(ClusterSettings cluster, StudySpec spec, String studyJson, StudyStore journal) {
        int port = Integer.parseInt(cluster.addresses().get(0).substring(HOST.length() + 1));
        CompletableFuture<HazelcastInstance> starting = CompletableFuture.supplyAsync(() -> startMember(cluster, port));
        int slots = spec.budget().maxConcurrent();
        JavaSparkContext spark = null;
        HazelcastInstance member = null;
        try {
            spark = LocalSpark.start("sparktune " + spec.name(), slots);
            member = starting.join();
            StudyStore live = new HazelcastStudies(member).create(new StudyRecord(spec.name(),
                    spec.objective().direction(), studyJson, Instant.now()));
            StoreReplay.copy(journal.history(), live);
            SparkTrialExecutor executor = new SparkTrialExecutor(spark, StudyHandle.of(
                    new HazelcastStoreAccess(cluster), spec.name(), studyJson, spec), SparkExecutorSettings.defaults(slots));
            return new EmbeddedRun(member, cluster, spark, new MirroredStudyStore(live, journal), executor);
        } catch (RuntimeException e) {
            stopAfterFailure(spark, member, starting);
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void stopAfterFailure(JavaSparkContext spark, HazelcastInstance member,
            CompletableFuture<HazelcastInstance> starting) {
        if (spark != null) {
            spark.stop();
        }
        HazelcastInstance started = member != null ? member : starting.exceptionally(failure -> null).join();
        if (started != null) {
            started.shutdown();
        }
    }

    /** The study's store for the driver: the member's, mirrored into the study directory. */
    StudyStore store() {
        return store;
    }

    SparkTrialExecutor executor() {
        return executor;
    }

    /** The embedded control plane: its name and address, for the dashboard to join. */
    ClusterSettings cluster() {
        return cluster;
    }

    /** The studies of the embedded control plane. */
    HazelcastStudies studies() {
        return new HazelcastStudies(member);
    }

    /**
     * Stops the executor and Spark, and keeps the member: the study's trials stay readable (by the
     * dashboard) until {@link #close()}.
     */
    void stopSpark() {
        if (sparkStopped) {
            return;
        }
        sparkStopped = true;
        try {
            executor.close();
        } finally {
            spark.stop();
        }
    }

    /**
     * Stops the executor, Spark and the member, in that order. After Ctrl-C the calling thread is
     * interrupted; Spark and Hazelcast would stop half-way on an interrupted thread, so the flag is
     * cleared while they stop and set again after.
     */
    @Override
    public void close() {
        boolean interrupted = Thread.interrupted();
        try {
            stop();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stop() {
        try {
            stopSpark();
        } finally {
            member.shutdown();
            closed.countDown();
            try {
                ShutdownHookManager.removeShutdownHook(sparkShutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running and now returns
            }
        }
    }

    /** Starts the member without Hazelcast's shutdown hook: {@link #close()} shuts it down after the run. */
    private static HazelcastInstance startMember(ClusterSettings cluster, int port) {
        synchronized (EmbeddedRun.class) {
            String before = System.getProperty(HAZELCAST_SHUTDOWN_HOOK);
            System.setProperty(HAZELCAST_SHUTDOWN_HOOK, "false");
            try {
                return ControlPlane.startMember(cluster, HOST, port);
            } finally {
                if (before == null) {
                    System.clearProperty(HAZELCAST_SHUTDOWN_HOOK);
                } else {
                    System.setProperty(HAZELCAST_SHUTDOWN_HOOK, before);
                }
            }
        }
    }
}
