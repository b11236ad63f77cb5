package io.sparktune.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.cluster.ControlPlane;
import io.sparktune.dashboard.data.HazelcastStudyCatalog;
import io.sparktune.dashboard.data.StopResult;
import io.sparktune.dashboard.server.AccessPolicy;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.DashboardServer;
import io.sparktune.study.StudyOutcome;
import io.sparktune.testing.LoopbackCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The leaderboard in real headless Chromium (Debian's, driven by playwright-core from npm) while a
 * study runs on a real control plane: rows appear and values change without a reload, and a trial
 * opens from the leaderboard. The screenshots stay in {@code target/browser-artifacts}.
 * {@code src/test/browser/setup.sh} installs Chromium and playwright-core where they are missing.
 */
class LeaderboardBrowserIT {

    private static final Path BROWSER = Path.of("src", "test", "browser");
    private static final Path WORK = Path.of("target", "browser");
    private static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

    @Test
    void theLeaderboardFillsLiveAndOpensATrial() throws Exception {
        run(List.of("bash", BROWSER.resolve("setup.sh").toString(), WORK.toString()), Duration.ofMinutes(10),
                "setting up the browser test");
        String json = """
                {"name": "browser study", "seed": 11,
                 "objective": {"metric": "loss", "direction": "minimize"},
                 "space": {"x0": {"type": "float", "low": -2, "high": 2},
                           "x1": {"type": "float", "low": 0, "high": 1},
                           "opt": {"type": "categorical", "choices": ["adam", "sgd"]}},
                 "strategy": {"type": "random"},
                 "scheduler": {"type": "asha", "options": {"maxT": 12, "gracePeriod": 2, "reductionFactor": 3}},
                 "budget": {"maxTrials": 40, "maxConcurrent": 2},
                 "trainer": {"type": "function", "name": "branin", "steps": 12}}
                """;
        try (LoopbackCluster cluster = LoopbackCluster.start("browser", 1);
                HazelcastStudyCatalog catalog = new HazelcastStudyCatalog(cluster.connectClient());
                DashboardServer server = DashboardServer.start(new DashboardContext(catalog, AccessPolicy.open(),
                        Clock.systemUTC()), "127.0.0.1", ControlPlane.freeLoopbackPort())) {
            CompletableFuture<StudyOutcome> study = SlowStudyDriver.start(cluster.member(0), json, 12,
                    Duration.ofMillis(250));
            try {
                String output = run(List.of("node", WORK.resolve("leaderboard.mjs").toString(),
                        server.url() + "studies/browser%20study", ARTIFACTS.toAbsolutePath().toString()),
                        Duration.ofMinutes(3), "the browser test");
                assertTrue(output.contains("rows appeared"), output);
                assertTrue(output.contains("opened: Trial "), output);
                for (String shot : List.of("study.png", "trial.png")) {
                    assertTrue(Files.size(ARTIFACTS.resolve(shot)) > 10_000, shot + " is a real screenshot");
                }
            } finally {
                assertEquals(StopResult.REQUESTED, catalog.requestStop("browser study", "the browser test ended"),
                        "the study still ran when the browser was done");
                study.get(60, TimeUnit.SECONDS);
            }
        }
    }

    /** Runs {@code command}; returns its output, or fails with it when the command fails or hangs. */
    private static String run(List<String> command, Duration timeout, String what)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("browser-test", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        System.out.println(what + ":\n" + output);
        assertTrue(ended, what + " did not end within " + timeout + ":\n" + output);
        assertEquals(0, process.exitValue(), what + " failed:\n" + output);
        return output;
    }
}
