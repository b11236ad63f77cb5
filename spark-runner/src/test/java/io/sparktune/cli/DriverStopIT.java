package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.json.TrialJson;
import io.sparktune.runner.cluster.ControlPlaneMember;
import io.sparktune.runner.cluster.LogsOnFailure;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.study.StudyRunner;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A driver that stops: Ctrl-C on {@code submit} (here: its thread interrupted, as its shutdown hook
 * does) stops the driver it started, which ends its running trials and writes its files, and no
 * driver JVM is left behind; a driver killed with {@code kill -9} leaves its trials running on the
 * control plane, and submitting the study again goes on with it: the lost trials run again as new
 * attempts, and none is lost.
 *
 * <p>The timeout guards against a hang only; it claims nothing about speed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DriverStopIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final LogsOnFailure logs = new LogsOnFailure();

    @TempDir
    Path dir;

    @Test
    void interruptingSubmitStopsItsDriverWhichEndsItsTrialsAndWritesItsFiles() throws Exception {
        String cluster = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (ControlPlaneMember member = logs.watch(ControlPlaneMember.start(dir, cluster))) {
            HazelcastInstance client = ControlPlane.connect(new ClusterSettings(cluster, List.of(member.address())));
            try {
                Path study = Files.writeString(dir.resolve("long.json"),
                        ClusterStudies.branin("long", 100_000, 27, 2));
                Path out = dir.resolve("out");
                AtomicReference<Thread> submitter = new AtomicReference<>();
                CompletableFuture<Cli.Result> submitted = CompletableFuture.supplyAsync(() -> {
                    submitter.set(Thread.currentThread());
                    return Cli.run("submit", study.toString(), "--master", "local[2]", "--cluster", member.address(),
                            "--cluster-name", cluster, "--out", out.toString(), "--driver-memory", "512m");
                });
                ClusterStudies.awaitEnded(client, "long", 5, submitted);

                submitter.get().interrupt();
                Cli.Result result = submitted.get(2, TimeUnit.MINUTES);

                assertEquals(1, result.exitCode(), result.toString());
                assertTrue(result.err().contains("interrupted: the driver was told to stop"), result.toString());
                assertEquals(List.of(), ProcessHandle.current().children()
                        .filter(p -> p.isAlive() && p.pid() != member.process().pid())
                        .map(p -> p.info().commandLine().orElse("pid " + p.pid())).toList(), "no driver left");
                List<Trial> trials = new ArrayList<>();
                for (String line : Files.readAllLines(out.resolve("trials.jsonl"))) {
                    trials.add(TrialJson.fromJson(JSON.readTree(line)));
                }
                assertTrue(trials.size() >= 5, trials.toString());
                for (Trial trial : trials) {
                    assertTrue(trial.isFinished(), trial.toString());
                    if (trial.state() == TrialState.FAILED) {
                        assertEquals(StudyRunner.INTERRUPTED_REASON, trial.reason());
                    }
                }
            } finally {
                client.shutdown();
            }
        }
    }

    @Test
    void aKilledDriversStudyGoesOnWhenSubmittedAgainAndLosesNoTrial() throws Exception {
        String cluster = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (ControlPlaneMember member = logs.watch(ControlPlaneMember.start(dir, cluster))) {
            HazelcastInstance client = ControlPlane.connect(new ClusterSettings(cluster, List.of(member.address())));
            try {
                Path study = Files.writeString(dir.resolve("resumed.json"),
                        ClusterStudies.branin("resumed", 60, 27, 2));
                Path out = dir.resolve("out");
                String[] submit = {"submit", study.toString(), "--master", "local[2]", "--cluster", member.address(),
                    "--cluster-name", cluster, "--out", out.toString(), "--driver-memory", "512m"};
                CompletableFuture<Cli.Result> first = CompletableFuture.supplyAsync(() -> Cli.run(submit));
                ClusterStudies.awaitEnded(client, "resumed", 5, first);

                ProcessHandle.current().children().filter(p -> p.pid() != member.process().pid())
                        .forEach(ProcessHandle::destroyForcibly);
                Cli.Result killed = first.get(2, TimeUnit.MINUTES);
                List<Integer> left = new HazelcastStudies(client).open("resumed").orElseThrow().history()
                        .inState(TrialState.RUNNING).stream().map(Trial::number).toList();
                Cli.Result again = Cli.run(submit);

                assertEquals(1, killed.exitCode(), killed.toString());
                assertTrue(killed.err().contains("the driver ended with exit code 137 (killed by signal 9)"),
                        killed.toString());
                assertTrue(!left.isEmpty(), "trials were running when the driver was killed");
                assertEquals(0, again.exitCode(), again.toString());
                History stored = new HazelcastStudies(client).open("resumed").orElseThrow().history();
                assertEquals(60, stored.size());
                for (Trial trial : stored.trials()) {
                    assertTrue(trial.state() == TrialState.COMPLETED || trial.state() == TrialState.PRUNED,
                            trial.toString());
                }
                for (int number : left) {
                    assertTrue(stored.trial(number).attempts().stream().anyMatch(a -> a.state() == TrialState.STALE
                            && a.reason().equals(StudyRunner.STALE_REASON)), stored.trial(number).toString());
                }
            } finally {
                client.shutdown();
            }
        }
    }
}
