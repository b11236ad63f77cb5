package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.json.TrialJson;
import io.sparktune.runner.cluster.ControlPlaneMember;
import io.sparktune.runner.cluster.FreePorts;
import io.sparktune.runner.cluster.LogsOnFailure;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two control-plane members, each in its own JVM, and a study submitted to them (Spark in local mode
 * in the driver: the control plane is the point here). One member is killed with {@code kill -9} in
 * the middle of the study; the other holds the backups, so the study completes with every trial and
 * every report.
 *
 * <p>The timeout guards against a hang only; it claims nothing about speed.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ControlPlaneFailoverIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TRIALS = 60;
    private static final int STEPS = 27;

    @RegisterExtension
    final LogsOnFailure logs = new LogsOnFailure();

    @TempDir
    Path dir;

    @Test
    void killingOneOfTwoMembersMidStudyLosesNoTrialAndNoReport() throws Exception {
        String cluster = "it-" + UUID.randomUUID().toString().substring(0, 8);
        int first = FreePorts.next();
        int second = FreePorts.next();
        List<String> both = List.of("127.0.0.1:" + first, "127.0.0.1:" + second);
        try (ControlPlaneMember one = logs.watch(ControlPlaneMember.start(dir, cluster, first, both));
                ControlPlaneMember two = logs.watch(ControlPlaneMember.start(dir, cluster, second, both))) {
            one.process().awaitLine(Pattern.compile("member 127.0.0.1:" + second + " joined"), Duration.ofMinutes(1));
            HazelcastInstance client = ControlPlane.connect(new ClusterSettings(cluster, List.of(one.address())));
            try {
                Path study = Files.writeString(dir.resolve("branin.json"),
                        ClusterStudies.branin("branin-failover", TRIALS, STEPS, 2));
                Path out = dir.resolve("out");
                CompletableFuture<Cli.Result> submitted = CompletableFuture.supplyAsync(() -> Cli.run("submit",
                        study.toString(), "--master", "local[2]", "--cluster", one.address() + "," + two.address(),
                        "--cluster-name", cluster, "--out", out.toString(), "--driver-memory", "512m"));

                ClusterStudies.awaitEnded(client, "branin-failover", 10, submitted);
                two.kill();
                Cli.Result result = submitted.get(8, TimeUnit.MINUTES);

                assertEquals(0, result.exitCode(), result.toString());
                History stored = new HazelcastStudies(client).open("branin-failover").orElseThrow().history();
                List<Trial> file = new ArrayList<>();
                for (String line : Files.readAllLines(out.resolve("trials.jsonl"))) {
                    file.add(TrialJson.fromJson(JSON.readTree(line)));
                }
                assertEquals(TRIALS, stored.size());
                assertEquals(TRIALS, file.size());
                for (int i = 0; i < TRIALS; i++) {
                    Trial trial = stored.trial(i);
                    assertEquals(i, file.get(i).number());
                    assertEquals(trial.state(), file.get(i).state(), "trial " + i);
                    assertEveryReportKept(trial);
                }
            } finally {
                client.shutdown();
            }
        }
    }

    /**
     * The reports of a trial are steps 1, 2, ... without a gap; a completed trial has all of them, and
     * a pruned one ends at the rung where it was stopped.
     */
    private static void assertEveryReportKept(Trial trial) {
        assertTrue(trial.state() == TrialState.COMPLETED || trial.state() == TrialState.PRUNED, trial.toString());
        List<Report> reports = trial.reports();
        for (int k = 0; k < reports.size(); k++) {
            assertEquals(k + 1, reports.get(k).step(), "report " + k + " of " + trial);
        }
        if (trial.state() == TrialState.COMPLETED) {
            assertEquals(STEPS, reports.size(), trial.toString());
        } else {
            assertTrue(trial.reason().startsWith("rung "), trial.toString());
            assertTrue(!reports.isEmpty() && reports.size() < STEPS, trial.toString());
        }
    }
}
