package io.sparktune.dashboard.bench;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.dashboard.data.HazelcastStudyCatalog;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.data.TrialQuery;
import io.sparktune.dashboard.data.TrialRows;
import io.sparktune.dashboard.data.TrialSort;
import io.sparktune.dashboard.server.AccessPolicy;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.DashboardServer;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A study of {@code TRIALS} trials with {@code REPORTS} reports each on a control plane, read as the
 * leaderboard reads it: a fresh snapshot over a Hazelcast client (what a page pays after a change),
 * a page of 50 ranked trials and one sorted by a parameter (what each scroll or sort costs), and the
 * REST API's {@code /trials?limit=50} over HTTP on a warm snapshot. Prints the median milliseconds of
 * {@code ROUNDS} rounds of each, one {@code key=value} per line.
 *
 * <p>Usage: {@code LeaderboardBench TRIALS REPORTS ROUNDS}.
 */
public final class LeaderboardBench {

    private LeaderboardBench() {
    }

    public static void main(String[] args) throws Exception {
        int trials = Integer.parseInt(args[0]);
        int reports = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int port = ControlPlane.freeLoopbackPort();
        ClusterSettings settings = new ClusterSettings("leaderboard-bench-" + ProcessHandle.current().pid(),
                List.of("127.0.0.1:" + port));
        HazelcastInstance member = ControlPlane.startMember(settings, "127.0.0.1", port);
        HazelcastInstance client = ControlPlane.connect(settings);
        try {
            fill(member, trials, reports);
            HazelcastStudyCatalog warm = new HazelcastStudyCatalog(client);
            StudySnapshot snapshot = warm.snapshot("bench").orElseThrow();
            System.out.println("trials=" + snapshot.history().size());
            System.out.println("snapshot_ms=" + median(rounds, () -> {
                try (HazelcastStudyCatalog cold = new HazelcastStudyCatalog(client)) {
                    return cold.snapshot("bench").orElseThrow();
                }
            }));
            System.out.println("page_ms=" + median(rounds, () -> TrialRows.query(snapshot,
                    new TrialQuery(Set.of(), TrialSort.RANK, 0, 50))));
            System.out.println("page_by_param_ms=" + median(rounds, () -> TrialRows.query(snapshot,
                    new TrialQuery(Set.of(TrialState.COMPLETED), TrialSort.parse("-params.x1"), 5000, 50))));
            try (DashboardServer server = DashboardServer.start(new DashboardContext(warm, AccessPolicy.open(),
                    Clock.systemUTC()), "127.0.0.1", ControlPlane.freeLoopbackPort())) {
                HttpClient http = HttpClient.newHttpClient();
                URI uri = URI.create(server.url() + "api/studies/bench/trials?limit=50");
                System.out.println("rest_page_ms=" + median(rounds, () -> {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                        return response.body();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            warm.close();
        } finally {
            client.shutdown();
            member.shutdown();
        }
    }

    /** Writes the study's state in one put: creating its trials one by one would take minutes. */
    private static void fill(HazelcastInstance member, int trials, int reports) {
        String json = """
                {"name": "bench", "seed": 1, "objective": {"metric": "loss", "direction": "minimize"},
                 "space": {"x0": {"type": "float", "low": -5, "high": 10},
                           "x1": {"type": "float", "low": 0, "high": 15},
                           "opt": {"type": "categorical", "choices": ["adam", "sgd", "rmsprop"]}},
                 "strategy": {"type": "random"}, "budget": {"maxTrials": %d, "maxConcurrent": 8},
                 "trainer": {"type": "function", "name": "branin"}}
                """.formatted(trials);
        new HazelcastStudies(member).create(new StudyRecord("bench", Direction.MINIMIZE, json, Instant.now()));
        List<Trial> all = new ArrayList<>();
        Instant now = Instant.now();
        for (int n = 0; n < trials; n++) {
            double value = (n * 7919 % 1000) / 10.0;
            List<Report> curve = new ArrayList<>();
            for (int step = 0; step < reports; step++) {
                curve.add(new Report(step, value + 1.0 / (step + 1)));
            }
            Map<String, Object> params = Map.of("x0", (n % 15) - 5.0, "x1", (n % 16) * 0.9,
                    "opt", List.of("adam", "sgd", "rmsprop").get(n % 3));
            all.add(new Trial(n, params, TrialState.COMPLETED, value, curve, null, now, now, now.plusSeconds(n % 60),
                    List.of(), null, null, null));
        }
        member.getMap(HazelcastStudies.STATE_MAP).set("bench", new History(Direction.MINIMIZE, all));
    }

    private static double median(int rounds, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return Math.round(millis[rounds / 2] * 100) / 100.0;
    }
}
