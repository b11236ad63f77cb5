package io.sparktune.cli;

import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.runner.dashboard.DashboardInstallation;
import io.sparktune.runner.dashboard.DashboardProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The dashboard of a {@code sparktune run}: a JVM of its own on 127.0.0.1, a client of the run's
 * embedded control plane. The study matters more than its leaderboard: a dashboard that cannot start
 * is reported and the study runs without it.
 */
final class RunDashboard implements AutoCloseable {

    static final int DEFAULT_PORT = 8265;
    /** The dashboard's log, in the study directory. */
    static final String LOG_FILE = "dashboard.log";

    private final Integer port;
    private volatile DashboardProcess process;
    private volatile boolean closing;

    private RunDashboard(Integer port) {
        this.port = port;
    }

    /** No dashboard. */
    static RunDashboard none() {
        return new RunDashboard(null);
    }

    /**
     * A dashboard on {@code explicit}, which must be free, or else on {@value #DEFAULT_PORT}, or any free
     * port when that is taken (by another run's dashboard, say).
     */
    static RunDashboard choosePort(Integer explicit, PrintWriter err) {
        if (explicit != null) {
            if (!isFree(explicit)) {
                throw CliException.failure("--http-port: port " + explicit + " of 127.0.0.1 is in use");
            }
            return new RunDashboard(explicit);
        }
        return new RunDashboard(isFree(DEFAULT_PORT) ? DEFAULT_PORT : ControlPlane.freeLoopbackPort());
    }

    /** Starts the dashboard over {@code cluster}, which may still be starting. */
    void launch(ClusterSettings cluster, Path log, PrintWriter err) {
        if (port == null) {
            return;
        }
        Optional<DashboardInstallation> installation = DashboardInstallation.find();
        if (installation.isEmpty()) {
            err.println("sparktune run: no dashboard here (it is not built); the study runs without it");
            err.flush();
            return;
        }
        try {
            process = DashboardProcess.start(installation.get(), cluster, port, log);
        } catch (RuntimeException e) {
            notStarted(e, err);
        }
    }

    /**
     * Prints where study {@code studyId}'s leaderboard is once the dashboard serves, from a thread of its
     * own: the study does not wait for its dashboard.
     */
    void announceWhenReady(String studyId, PrintWriter out, PrintWriter err) {
        DashboardProcess started = process;
        if (started == null) {
            return;
        }
        Thread announcer = new Thread(() -> {
            try {
                started.awaitReady();
            } catch (IllegalStateException e) {
                if (started.isAlive() || !closing) {
                    notStarted(e, err);
                }
                return;
            }
            out.println("leaderboard: " + studyUrl(started, studyId));
            out.flush();
        }, "sparktune-dashboard-announcer");
        announcer.setDaemon(true);
        announcer.start();
    }

    private static void notStarted(RuntimeException e, PrintWriter err) {
        err.println("sparktune run: the dashboard did not start (" + e.getMessage() + "); the study runs without it");
        err.flush();
    }

    boolean isShown() {
        return process != null && process.isAlive();
    }

    /** The leaderboard's address of study {@code studyId}. */
    private static String studyUrl(DashboardProcess process, String studyId) {
        return process.url() + "studies/" + URLEncoder.encode(studyId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Keeps the leaderboard up until Ctrl-C (this thread is interrupted) or the dashboard ends. */
    void awaitCtrlC(PrintWriter out) {
        try {
            process.awaitReady();
        } catch (IllegalStateException e) {
            return; // said already
        }
        out.println("The study has ended; its leaderboard stays up at " + process.url() + " until Ctrl-C.");
        out.flush();
        try {
            while (process.isAlive()) {
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing = true;
        if (process != null) {
            process.close();
            process = null;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
