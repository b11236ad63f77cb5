package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.json.TrialJson;
import io.sparktune.runner.cluster.ControlPlaneMember;
import io.sparktune.runner.cluster.LogsOnFailure;
import io.sparktune.runner.cluster.SparkStandalone;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.trial.Attempt;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Studies submitted to a real cluster: a Spark standalone master and two workers (one core each), and
 * a control-plane member, each in its own JVM on 127.0.0.1; {@code submit} runs in this JVM and starts
 * the driver through SparkSubmit. The cluster is shared by the tests of this class, in order; the last
 * one kills a worker.
 *
 * <p>The class timeout guards against a hang only; it claims nothing about speed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How a Spark task names itself as a trial's worker: {@code executor 1 on 127.0.0.1, task 42}. */
    private static final Pattern EXECUTOR = Pattern.compile("^executor (\\S+) on ");

    @RegisterExtension
    final LogsOnFailure logs = new LogsOnFailure();

    @TempDir
    static Path dir;

    private final String clusterName = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private SparkStandalone spark;
    private ControlPlaneMember member;
    private HazelcastInstance client;

    @BeforeAll
    void startCluster() throws Exception {
        spark = logs.watch(SparkStandalone.start(dir.resolve("spark"), 2, "1g"));
        member = logs.watch(ControlPlaneMember.start(dir, clusterName));
        client = ControlPlane.connect(new ClusterSettings(clusterName, List.of(member.address())));
    }

    @AfterAll
    void stopCluster() {
        if (client != null) {
            client.shutdown();
        }
        if (member != null) {
            member.close();
        }
        if (spark != null) {
            spark.close();
        }
    }

    /** {@code submit} to this cluster with executors of {@code executorMemory} and {@code more} flags. */
    private Cli.Result submit(Path study, Path out, String executorMemory, String... more) {
        List<String> args = new ArrayList<>(List.of("submit", study.toString(), "--master", spark.masterUrl(),
                "--cluster", member.address(), "--cluster-name", clusterName, "--out", out.toString(),
                "--executor-memory", executorMemory, "--driver-memory", "512m"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Path write(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name + ".json"), json);
    }

    private History history(String study) {
        return new HazelcastStudies(client).open(study).orElseThrow().history();
    }

    private static List<Trial> trialsFile(Path out) throws Exception {
        List<Trial> trials = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("trials.jsonl"))) {
            trials.add(TrialJson.fromJson(JSON.readTree(line)));
        }
        return trials;
    }

    /** Every trial 0..n-1 once, each ended for good, the file and the control plane agreeing. */
    private static void assertEveryTrialEndedOnce(List<Trial> trials, History stored, int count) {
        assertEquals(count, trials.size(), trials.toString());
        assertEquals(count, stored.size());
        for (int i = 0; i < count; i++) {
            Trial trial = trials.get(i);
            assertEquals(i, trial.number());
            assertTrue(Set.of(TrialState.COMPLETED, TrialState.PRUNED, TrialState.FAILED).contains(trial.state()),
                    trial.toString());
            assertEquals(trial.state(), stored.trial(i).state(), "trial " + i + " on the control plane");
            assertEquals(trial.attempts().size(), stored.trial(i).attempts().size(), "attempts of trial " + i);
        }
    }

    private static Optional<String> executorOf(Trial trial) {
        if (trial.worker() == null) {
            return Optional.empty();
        }
        Matcher m = EXECUTOR.matcher(trial.worker());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Test
    @Order(1)
    void aDigitsStudyWithAshaEndsEveryTrialPrunesSomeAndWritesBest() throws Exception {
        Path study = write("digits-asha", ClusterStudies.digits("digits-asha", 10, "0.01, 0.003, 1000", 20));
        Path out = dir.resolve("digits-asha");

        Cli.Result result = submit(study, out, "512m");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("submitting digits-asha to " + spark.masterUrl()), result.toString());
        assertTrue(result.out().contains("10 trials ended"), result.toString());
        List<Trial> trials = trialsFile(out);
        History stored = history("digits-asha");
        assertEveryTrialEndedOnce(trials, stored, 10);
        long pruned = trials.stream().filter(t -> t.state() == TrialState.PRUNED).count();
        assertTrue(pruned > 0, "ASHA stopped some trials: " + trials);
        for (Trial trial : trials) {
            boolean diverging = ((Number) trial.params().get("learningRate")).doubleValue() > 1;
            assertEquals(diverging, trial.state() == TrialState.FAILED, trial.toString());
            if (trial.state() == TrialState.PRUNED) {
                assertTrue(trial.reason().startsWith("rung "), trial.toString());
            }
        }
        Set<String> executors = stored.trials().stream().map(ClusterIT::executorOf).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        assertEquals(2, executors.size(), "trials ran on the executors of both workers: " + executors);
        JsonNode best = JSON.readTree(out.resolve("best.json").toFile());
        assertEquals("digits-asha", best.get("study").asText());
        assertTrue(best.get("value").asDouble() >= 0.8, best.toString());

        Cli.Result status = Cli.run("status", "--cluster", member.address(), "--cluster-name", clusterName);
        Cli.Result detail = Cli.run("status", "digits-asha", "--cluster", member.address(), "--cluster-name",
                clusterName);
        Cli.Result unknown = Cli.run("status", "nope", "--cluster", member.address(), "--cluster-name", clusterName);
        assertEquals(0, status.exitCode(), status.toString());
        assertTrue(status.out().lines().anyMatch(l -> l.startsWith("digits-asha ") && l.contains(" 10 ")),
                status.toString());
        assertEquals(0, detail.exitCode(), detail.toString());
        assertTrue(detail.out().contains("trials: 10 ("), detail.toString());
        assertTrue(detail.out().contains("best: " + Format.value(best.get("value").asDouble())), detail.toString());
        assertTrue(detail.out().contains("running: none"), detail.toString());
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no study named \"nope\""), unknown.toString());
    }

    @Test
    @Order(2)
    void aTrainerThatThrowsFailsItsTrialsWithTheirMessageAndTheStudyStopsAtMaxFailures() throws Exception {
        Path study = write("diverging", ClusterStudies.digits("diverging", 6, "1000", 2));

        Cli.Result result = submit(study, dir.resolve("diverging"), "512m");

        assertEquals(1, result.exitCode(), result.toString());
        // The trials running when the second one failed may end (failed) too before the study stops.
        assertTrue(result.out().matches("(?s).*stopped after \\d+ failed trials \\(maxFailures 2\\); last failure:"
                + " trial \\d+: diverged at epoch \\d+.*"), result.toString());
        List<Trial> failed = history("diverging").inState(TrialState.FAILED);
        assertTrue(failed.size() >= 2, failed.toString());
        failed.forEach(t -> assertTrue(t.reason().startsWith("diverged at epoch"), t.toString()));
    }

    @Test
    @Order(3)
    void aDriverThatCannotJoinTheControlPlaneExitsOne() throws Exception {
        Path study = write("wrong-name", ClusterStudies.branin("wrong-name", 4, 3, 2));
        List<String> args = new ArrayList<>(List.of("submit", study.toString(), "--master", spark.masterUrl(),
                "--cluster", member.address(), "--cluster-name", clusterName + "-other",
                "--out", dir.resolve("wrong-name").toString(), "--driver-memory", "512m"));

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().contains("cannot reach the control plane at " + member.address() + " (cluster "
                + clusterName + "-other)"), result.toString());
    }

    @Test
    @Order(4)
    void aStudyNoWorkerCanHostExitsOneAfterTheExecutorWait() throws Exception {
        Path study = write("too-big", ClusterStudies.branin("too-big", 4, 3, 2));

        Cli.Result result = submit(study, dir.resolve("too-big"), "4g", "--executor-wait", "5s");

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().contains("no Spark executor joined within 5s"), result.toString());
        assertTrue(new HazelcastStudies(client).open("too-big").map(s -> s.history().size()).orElse(0) == 0,
                "no trial started");
    }

    @Test
    @Order(5)
    void aKilledWorkersTrialsRunAgainAsNewAttemptsAndNoTrialIsLostOrCountedTwice() throws Exception {
        Path study = write("digits-kill", ClusterStudies.digits("digits-kill", 10, "0.01, 0.003", 20));
        Path out = dir.resolve("digits-kill");

        CompletableFuture<Cli.Result> submitted = CompletableFuture.supplyAsync(() ->
                submit(study, out, "512m", "--lease", "5s"));
        String executor = awaitTrainingExecutor("digits-kill", submitted);
        int worker = spark.workerOf(executor);
        assertTrue(worker >= 0, "executor " + executor + " runs on a worker");
        Set<String> killed = spark.killWorker(worker);
        Set<Integer> lost = history("digits-kill").inState(TrialState.RUNNING).stream()
                .filter(t -> executorOf(t).filter(killed::contains).isPresent()).map(Trial::number)
                .collect(Collectors.toSet());
        Cli.Result result = submitted.get(8, TimeUnit.MINUTES);

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(killed.contains(executor), "executors killed: " + killed);
        assertFalse(lost.isEmpty(), "a trial was running on the killed worker");
        List<Trial> trials = trialsFile(out);
        assertEveryTrialEndedOnce(trials, history("digits-kill"), 10);
        for (int number : lost) {
            List<Attempt> attempts = trials.get(number).attempts();
            assertTrue(attempts.stream().anyMatch(a -> a.state() == TrialState.STALE
                    && a.reason().startsWith("no heartbeat for 5s from executor ")), "trial " + number + " (lost: " + lost + "): "
                    + trials.get(number));
        }
        assertTrue(spark.worker(1 - worker).isAlive());
    }

    /**
     * Waits until a trial has reported an epoch on an executor and has epochs left, and returns that
     * executor's id: killing its worker then surely catches a trial in the middle of its training.
     */
    private String awaitTrainingExecutor(String study, CompletableFuture<Cli.Result> submitted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (submitted.isDone()) {
                throw new AssertionError("the study ended before a worker could be killed: " + submitted.get());
            }
            Optional<History> history = new HazelcastStudies(client).open(study).map(s -> s.history());
            if (history.isPresent()) {
                for (Trial trial : history.get().inState(TrialState.RUNNING)) {
                    Optional<String> executor = executorOf(trial);
                    if (executor.isPresent() && trial.stopReason() == null && trial.lastReport().isPresent()
                            && trial.lastReport().get().step() < 3) {
                        return executor.get();
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no trial trained on an executor within 3 minutes");
    }
}
