package io.sparktune.dashboard.bench;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.listener.EntryUpdatedListener;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.dashboard.data.HazelcastStudyCatalog;
import io.sparktune.dashboard.server.AccessPolicy;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.DashboardServer;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import io.sparktune.study.Study;
import io.sparktune.trial.Trial;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * From a trial's report to the open leaderboard showing it: a study with one running trial on a
 * control-plane member, a dashboard over a Hazelcast client of it (as {@code sparktune run} has), and
 * a page in headless Chromium ({@code push_latency.mjs}) that notes when each new epoch appears. The
 * latency of a report is the time until the page shows its epoch or a later one. The
 * baseline, measured in the same run: the same report's arrival at a plain Hazelcast entry listener
 * in the dashboard's JVM (the floor any push over Hazelcast pays). Prints both latencies' median, 90th
 * percentile and maximum in milliseconds, their ratio, and whether every update came within 1 s.
 *
 * <p>Usage: {@code PushLatencyBench REPORTS INTERVAL_MS NODE_SCRIPT}.
 */
public final class PushLatencyBench {

    private PushLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int reports = Integer.parseInt(args[0]);
        long interval = Long.parseLong(args[1]);
        String script = args[2];
        int port = ControlPlane.freeLoopbackPort();
        ClusterSettings settings = new ClusterSettings("push-bench-" + ProcessHandle.current().pid(),
                List.of("127.0.0.1:" + port));
        HazelcastInstance member = ControlPlane.startMember(settings, "127.0.0.1", port);
        HazelcastInstance client = ControlPlane.connect(settings);
        String json = """
                {"name": "push", "seed": 1, "objective": {"metric": "loss", "direction": "minimize"},
                 "space": {"x0": {"type": "float", "low": -5, "high": 10}, "x1": {"type": "float", "low": 0, "high": 15}},
                 "strategy": {"type": "random"}, "budget": {"maxTrials": 1, "maxConcurrent": 1},
                 "trainer": {"type": "function", "name": "branin"}}
                """;
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        Study study = new Study("push", 1, spec.space(), Samplers.create(spec.strategy()),
                Schedulers.create(spec.scheduler()), new HazelcastStudies(member).create(new StudyRecord("push",
                        spec.objective().direction(), json, Instant.now())), Clock.systemUTC());
        Trial trial = study.ask().orElseThrow();
        Map<Integer, Long> heard = new ConcurrentHashMap<>();
        HazelcastStudies onClient = new HazelcastStudies(client);
        client.getMap(HazelcastStudies.STATE_MAP).addEntryListener((EntryUpdatedListener<String, Object>) event -> {
            long at = System.currentTimeMillis();
            int epochs = onClient.open("push").orElseThrow().trial(trial.number()).orElseThrow().reports().size();
            heard.putIfAbsent(epochs, at);
        }, false);
        try (HazelcastStudyCatalog catalog = new HazelcastStudyCatalog(client);
                DashboardServer server = DashboardServer.start(new DashboardContext(catalog, AccessPolicy.open(),
                        Clock.systemUTC()), "127.0.0.1", ControlPlane.freeLoopbackPort())) {
            Process browser = new ProcessBuilder("node", script, server.url() + "studies/push",
                    String.valueOf(reports)).redirectErrorStream(true).start();
            LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(browser.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (java.io.IOException e) {
                    lines.add("error " + e.getMessage());
                }
                lines.add("end");
            });
            reader.setDaemon(true);
            reader.start();
            Map<Integer, Long> seen = new ConcurrentHashMap<>();
            String line;
            while (!(line = lines.take()).equals("watching")) {
                if (line.equals("end")) {
                    throw new IllegalStateException("the browser ended before it watched");
                }
                System.err.println("browser: " + line);
            }
            Map<Integer, Long> sent = new ConcurrentHashMap<>();
            for (int epoch = 1; epoch <= reports; epoch++) {
                Thread.sleep(interval);
                sent.put(epoch, System.currentTimeMillis());
                study.report(trial.number(), epoch, 10.0 / epoch);
                drain(lines, seen);
            }
            browser.waitFor(60, TimeUnit.SECONDS);
            reader.join(5000);
            drain(lines, seen);
            print("page", latencies(sent, seen, reports));
            print("listener", latencies(sent, heard, reports));
        } finally {
            client.shutdown();
            member.shutdown();
        }
    }

    private static void drain(LinkedBlockingQueue<String> lines, Map<Integer, Long> seen) {
        String line;
        while ((line = lines.poll()) != null) {
            String[] words = line.split(" ");
            if (words.length == 3 && words[0].equals("seen")) {
                seen.putIfAbsent(Integer.parseInt(words[1]), Long.parseLong(words[2]));
            } else if (!line.equals("end")) {
                System.err.println("browser: " + line);
            }
        }
    }

    /**
     * Per report: when it was first shown, by the page showing its epoch or a later one (a page
     * that refreshes at most every 250 ms may skip an epoch that a later one replaced), minus when it
     * was sent. A report never shown is left out (the count says so).
     */
    private static long[] latencies(Map<Integer, Long> sent, Map<Integer, Long> seen, int reports) {
        List<Long> all = new ArrayList<>();
        for (int epoch = 1; epoch <= reports; epoch++) {
            int k = epoch;
            seen.entrySet().stream().filter(e -> e.getKey() >= k).mapToLong(Map.Entry::getValue).min()
                    .ifPresent(at -> all.add(at - sent.get(k)));
        }
        return all.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void print(String name, long[] sorted) {
        if (sorted.length == 0) {
            System.out.println(name + "_seen=0");
            return;
        }
        System.out.println(name + "_seen=" + sorted.length);
        System.out.println(name + "_p50_ms=" + sorted[sorted.length / 2]);
        System.out.println(name + "_p90_ms=" + sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.9))]);
        System.out.println(name + "_max_ms=" + sorted[sorted.length - 1]);
        System.out.println(name + "_all_ms=" + Arrays.toString(sorted));
    }
}
