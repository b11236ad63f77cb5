package io.sparktune.runner.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster on 127.0.0.1 for integration tests: spark-core's own
 * {@code Master} and {@code Worker} classes, each in its own JVM started from the application's
 * class path, one core each, on free ports, with their work and logs under a folder of the test.
 *
 * <p>Workers start executors from a Spark home; a real one holds {@code jars/} and a
 * {@code RELEASE} file, so the fixture makes one whose {@code jars} is the application's folder of
 * runtime jars (Spark 4.1.1 among them). Executors thus run the same Spark as the driver.
 */
public final class SparkStandalone implements Logged, AutoCloseable {

    /** Heap of the master and worker daemons; executors get what the application asks for. */
    private static final String DAEMON_HEAP = "-Xmx256m";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Installation installation;
    private final Path sparkHome;
    private final int masterPort;
    private final int masterUiPort;
    private final JavaProcess master;
    private final List<JavaProcess> workers = new ArrayList<>();
    /** Workers killed on purpose: their end is expected, not a failure of the cluster. */
    private final Set<JavaProcess> killed = ConcurrentHashMap.newKeySet();
    private final List<Path> workDirs = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SparkStandalone(Path dir, Installation installation) {
        this.dir = dir;
        this.installation = installation;
        this.sparkHome = makeSparkHome(dir.resolve("spark-home"), installation);
        this.masterPort = FreePorts.next();
        this.masterUiPort = FreePorts.next();
        this.master = JavaProcess.start("spark master", daemon("org.apache.spark.deploy.master.Master",
                List.of("--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                        "--webui-port", String.valueOf(masterUiPort)), dir.resolve("master")),
                dir.resolve("logs/master.log"));
    }

    /**
     * Starts a master and {@code workers} workers (1 core and {@code workerMemory}, such as
     * {@code "1g"}, each) under {@code dir}, and returns once all of them are registered.
     */
    public static SparkStandalone start(Path dir, int workers, String workerMemory) throws InterruptedException {
        if (workers < 1) {
            throw new IllegalArgumentException("workers >= 1 must hold, but got " + workers);
        }
        SparkStandalone cluster = new SparkStandalone(dir.toAbsolutePath(), Installation.current());
        try {
            for (int i = 0; i < workers; i++) {
                cluster.startWorker(workerMemory);
            }
            cluster.awaitAliveWorkers(workers);
            return cluster;
        } catch (RuntimeException | InterruptedException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code spark://127.0.0.1:PORT}. */
    public String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The Spark home the workers start executors from; a driver may use it as well. */
    public Path sparkHome() {
        return sparkHome;
    }

    /** The environment a Spark process of this cluster (a driver) needs: loopback only, this Spark home. */
    public Map<String, String> environment() {
        return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    }

    public JavaProcess worker(int index) {
        return workers.get(index);
    }

    /** {@code kill -9} worker {@code index} and the executors it started; returns their executor ids. */
    public Set<String> killWorker(int index) {
        Set<String> ids = executorIds(index); // a process's command line can only be read while it runs
        killed.add(workers.get(index));
        workers.get(index).kill();
        return ids;
    }

    private static Set<String> executorIds(List<ProcessHandle> processes) {
        Set<String> ids = new TreeSet<>();
        for (ProcessHandle process : processes) {
            List<String> args = List.of(process.info().arguments().orElse(new String[0]));
            int at = args.indexOf("--executor-id");
            if (at >= 0 && at + 1 < args.size()) {
                ids.add(args.get(at + 1));
            }
        }
        return ids;
    }

    /**
     * The ids of the executors worker {@code index} runs now: the processes it started, read from their
     * command lines ({@code --executor-id N}), so that they are the very processes a kill ends.
     */
    public Set<String> executorIds(int index) {
        return executorIds(workers.get(index).descendants());
    }

    /** The index of the live worker that runs executor {@code executorId}, or -1 when none does. */
    public int workerOf(String executorId) {
        for (int i = 0; i < workers.size(); i++) {
            if (workers.get(i).isAlive() && executorIds(i).contains(executorId)) {
                return i;
            }
        }
        return -1;
    }

    /** The master's state from its web UI ({@code /json/}): workers, applications, cores in use. */
    public JsonNode masterState() {
        return json("http://127.0.0.1:" + masterUiPort + "/json/");
    }

    /** The number of workers the master holds ALIVE. */
    public int aliveWorkers() {
        return masterState().path("aliveworkers").asInt();
    }

    /** Waits until the master holds exactly {@code count} workers ALIVE. */
    public void awaitAliveWorkers(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            try {
                if (aliveWorkers() == count) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // the master's web UI is not up yet
            }
            for (JavaProcess process : processes()) {
                // A worker killed on purpose may still count as alive at the master for a while.
                if (!process.isAlive() && !killed.contains(process)) {
                    throw new IllegalStateException(process.name() + " ended while the cluster started\n" + logs());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the master did not hold " + count + " alive workers within "
                        + START_TIMEOUT + "\n" + logs());
            }
            Thread.sleep(200);
        }
    }

    /** Stops every process of the cluster, workers first. */
    @Override
    public void close() {
        for (JavaProcess worker : workers) {
            worker.close();
        }
        master.close();
    }

    @Override
    public String logs() {
        StringBuilder text = new StringBuilder();
        processes().forEach(p -> text.append(p.logs()));
        for (Path executorLog : executorLogs()) {
            text.append(JavaProcess.tail("executor", executorLog, 60));
        }
        return text.toString();
    }

    /** The stderr files of every executor the workers started. */
    public List<Path> executorLogs() {
        List<Path> logs = new ArrayList<>();
        for (Path workDir : workDirs) {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.filter(f -> f.getFileName().toString().equals("stderr")).sorted().forEach(logs::add);
            } catch (IOException | UncheckedIOException e) {
                // a folder an executor is still creating; the next call sees it
            }
        }
        return logs;
    }

    private void startWorker(String memory) {
        int index = workers.size();
        Path workDir = dir.resolve("worker-" + index);
        workDirs.add(workDir);
        int uiPort = FreePorts.next();
        JavaCommand command = daemon("org.apache.spark.deploy.worker.Worker",
                List.of("--host", "127.0.0.1", "--port", String.valueOf(FreePorts.next()),
                        "--webui-port", String.valueOf(uiPort), "--cores", "1", "--memory", memory,
                        "--work-dir", workDir.resolve("work").toString(), masterUrl()), workDir)
                .withEnv(Map.of("SPARK_LOCAL_DIRS", workDir.resolve("local").toString()));
        workers.add(JavaProcess.start("spark worker " + index, command, dir.resolve("logs/worker-" + index + ".log")));
    }

    private JavaCommand daemon(String mainClass, List<String> args, Path workDir) {
        List<String> options = new ArrayList<>(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        options.addAll(List.of(DAEMON_HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dspark.ui.showConsoleProgress=false"));
        return new JavaCommand(options, installation.classpath(), mainClass, args, environment(), workDir);
    }

    private List<JavaProcess> processes() {
        List<JavaProcess> all = new ArrayList<>();
        all.add(master);
        all.addAll(workers);
        return all;
    }

    private JsonNode json(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + url, e);
        }
    }

    /**
     * A Spark home as a distribution lays it out: {@code jars/} (here a link to the application's
     * runtime jars), {@code conf/} and the {@code RELEASE} marker.
     */
    private static Path makeSparkHome(Path home, Installation installation) {
        try {
            Files.createDirectories(home.resolve("conf"));
            Files.writeString(home.resolve("RELEASE"), "Spark 4.1.1 (the test cluster's jars)\n");
            Path jars = home.resolve("jars");
            if (!Files.exists(jars)) {
                Files.createSymbolicLink(jars, installation.lib());
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a Spark home at " + home, e);
        }
    }
}
