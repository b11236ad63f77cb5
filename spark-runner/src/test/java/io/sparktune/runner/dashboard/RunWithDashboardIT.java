package io.sparktune.runner.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.runner.cluster.FreePorts;
import io.sparktune.runner.cluster.Installation;
import io.sparktune.runner.cluster.JavaCommand;
import io.sparktune.runner.cluster.JavaProcess;
import io.sparktune.runner.cluster.JvmFlags;
import io.sparktune.runner.cluster.LogsOnFailure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sparktune run} as a user runs it, in a JVM of its own: it starts the dashboard beside the
 * study and prints the leaderboard's address; once the study ends the leaderboard stays up, and its
 * REST API gives the best configuration exactly as {@code best.json} holds it; SIGTERM (Ctrl-C) ends
 * the run and its dashboard.
 */
class RunWithDashboardIT {

    private static final Pattern LEADERBOARD = Pattern.compile("^leaderboard: (http://127\\.0\\.0\\.1:(\\d+)/)studies/(\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern STAYS_UP = Pattern.compile("its leaderboard stays up at (\\S+) until Ctrl-C");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final LogsOnFailure logs = new LogsOnFailure();

    @TempDir
    Path dir;

    @Test
    void theLeaderboardStaysUpAfterTheStudyAndServesBestJson() throws Exception {
        String study = Files.readString(Path.of("..", "examples", "branin-asha.json"))
                .replace("\"name\": \"branin-asha\"", "\"name\": \"branin dashboard\"")
                .replace("\"maxTrials\": 200", "\"maxTrials\": 40");
        Path file = Files.writeString(dir.resolve("study.json"), study);
        Path out = dir.resolve("out");
        int httpPort = FreePorts.next();
        List<String> options = new ArrayList<>(JvmFlags.sparkAndHazelcast());
        options.addAll(List.of("-Xmx1g", "-D" + DashboardInstallation.CLASSPATH_PROPERTY + "="
                + System.getProperty(DashboardInstallation.CLASSPATH_PROPERTY)));
        JavaProcess run = logs.watch(JavaProcess.start("sparktune run", new JavaCommand(options,
                Installation.current().classpath(), "io.sparktune.cli.SparktuneCli", List.of("run", file.toString(),
                        "--out", out.toString(), "--progress", "lines", "--http-port", String.valueOf(httpPort)),
                Map.of("SPARK_LOCAL_IP", "127.0.0.1", "OMP_NUM_THREADS", "1"), dir), dir.resolve("run.log")));
        try {
            var leaderboard = run.awaitLine(LEADERBOARD, Duration.ofMinutes(2));
            String base = leaderboard.group(1);
            assertEquals(String.valueOf(httpPort), leaderboard.group(2));
            assertEquals("branin%20dashboard", leaderboard.group(3));
            run.awaitLine(STAYS_UP, Duration.ofMinutes(2));

            JsonNode summary = get(base + "api/studies/branin%20dashboard");
            assertEquals("ended", summary.path("phase").asText(), summary.toString());
            assertEquals(40, summary.path("trials").asInt(), summary.toString());
            JsonNode best = get(base + "api/studies/branin%20dashboard/best");
            assertEquals(JSON.readTree(Files.readString(out.resolve("best.json"))), best,
                    "the REST API's best configuration is best.json");
            assertTrue(isListening(httpPort), "the dashboard serves");

            ProcessHandle.of(run.pid()).orElseThrow().destroy(); // SIGTERM, as Ctrl-C
            Optional<Integer> ended = run.waitFor(Duration.ofSeconds(30));
            assertTrue(ended.isPresent(), "the run ended");
            assertTrue(awaitClosed(httpPort, Duration.ofSeconds(15)), "its dashboard ended with it");
        } finally {
            run.close();
        }
    }

    private static boolean awaitClosed(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isListening(port)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
