package io.sparktune.runner.cluster;

import io.sparktune.runner.dashboard.DashboardInstallation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A control-plane member in its own JVM, started as a user starts one: {@code sparktune server} from
 * the dashboard's build (with its dashboard, on a free port too), on 127.0.0.1 and a free port, in a cluster of the test's own name.
 */
public final class ControlPlaneMember implements Logged, AutoCloseable {

    /** The line {@code sparktune server} prints once its member is up. */
    static final Pattern UP = Pattern.compile("sparktune server: member (\\S+) of cluster (\\S+) is up");
    /** The line it prints once its dashboard serves. */
    static final Pattern DASHBOARD_UP = Pattern.compile("sparktune dashboard: (\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final int httpPort;
    private final JavaProcess process;

    private ControlPlaneMember(int port, int httpPort, JavaProcess process) {
        this.port = port;
        this.httpPort = httpPort;
        this.process = process;
    }

    /**
     * Starts a member of {@code clusterName} on {@code port} that joins {@code members} (its own address
     * among them or not), and returns once it says it is up.
     */
    public static ControlPlaneMember start(Path dir, String clusterName, int port, List<String> members)
            throws InterruptedException {
        int httpPort = FreePorts.next();
        List<String> options = new ArrayList<>(JvmFlags.sparkAndHazelcast());
        options.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", String.valueOf(port),
                "--cluster-name", clusterName, "--http-port", String.valueOf(httpPort)));
        if (!members.isEmpty()) {
            args.addAll(List.of("--members", String.join(",", members)));
        }
        String name = "control-plane member " + port;
        JavaProcess process = JavaProcess.start(name, new JavaCommand(options, dashboardClasspath(),
                DashboardInstallation.MAIN_CLASS, args, java.util.Map.of(), dir.resolve("member-" + port)),
                dir.resolve("logs/member-" + port + ".log"));
        try {
            process.awaitLine(UP, START_TIMEOUT);
            process.awaitLine(DASHBOARD_UP, START_TIMEOUT);
        } catch (RuntimeException | InterruptedException e) {
            process.kill();
            throw e;
        }
        return new ControlPlaneMember(port, httpPort, process);
    }

    /** Starts a member alone in a new cluster. */
    public static ControlPlaneMember start(Path dir, String clusterName) throws InterruptedException {
        return start(dir, clusterName, FreePorts.next(), List.of());
    }

    /** Where this member's dashboard is: {@code http://127.0.0.1:PORT/}. */
    public String dashboardUrl() {
        return "http://127.0.0.1:" + httpPort + "/";
    }

    /** The dashboard's class path, as the build passes it (the launcher's, in a user's installation). */
    private static List<String> dashboardClasspath() {
        String classpath = System.getProperty(DashboardInstallation.CLASSPATH_PROPERTY);
        if (classpath == null) {
            throw new IllegalStateException("the system property " + DashboardInstallation.CLASSPATH_PROPERTY
                    + " must name the dashboard's class path (the build sets it)");
        }
        return List.of(classpath.split(java.io.File.pathSeparator));
    }

    /** {@code 127.0.0.1:PORT}. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    public JavaProcess process() {
        return process;
    }

    /** {@code kill -9}: the member ends without handing over its data. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }

    @Override
    public String logs() {
        return process.logs();
    }
}
