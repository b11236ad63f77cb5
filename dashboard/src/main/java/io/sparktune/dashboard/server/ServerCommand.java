package io.sparktune.dashboard.server;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.dashboard.data.HazelcastStudyCatalog;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code sparktune server}: the control-plane process. A Hazelcast member that holds studies, trials,
 * reports and verdicts (several members with the same {@code --members} form one cluster, each
 * study backed up on another member), or, with {@code --connect}, a client of a control plane that
 * runs elsewhere; and, in either case, the dashboard: the web leaderboard and the REST API.
 * Runs until Ctrl-C or SIGTERM.
 */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts a member of the control plane (a Hazelcast member) with the dashboard (the web"
                + " leaderboard and the REST API under /api), and runs until Ctrl-C or SIGTERM.",
            "Members started with the same --members and --cluster-name form one cluster; each study's data has a"
                + " backup on another member, so one member can be lost without losing a report.",
            "With --connect it joins a running control plane as a client and serves only the dashboard.",
            "The dashboard listens on 127.0.0.1 unless --http-host says otherwise; any other address needs a token"
                + " (--token or the SPARKTUNE_TOKEN environment variable), which the REST API wants as a bearer"
                + " token and the web page asks for once.",
            "Exit code 0 when stopped, 1 when it cannot start (such as a port in use), 2 for a bad flag."})
final class ServerCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;
    /** The environment variable that holds the dashboard's token when {@code --token} is not given. */
    static final String TOKEN_VARIABLE = "SPARKTUNE_TOKEN";

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address of this machine the member listens on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "5701", converter = Port.class,
            description = "The member's port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = ClusterSettings.DEFAULT_CLUSTER_NAME,
            description = "The cluster's name; members and clients only meet others of the same name"
                    + " (default: ${DEFAULT-VALUE}).")
    String clusterName;

    @Option(names = "--members", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "The members of the cluster to join, this one among them or not (default: this member"
                    + " alone).")
    String members;

    @Option(names = "--connect", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Start no member: join the control plane at these addresses as a client, and serve the"
                    + " dashboard over it.")
    String connect;

    @Option(names = "--http-host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address the dashboard listens on (default: ${DEFAULT-VALUE}); another than a"
                    + " loopback address needs a token.")
    String httpHost;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8265", converter = Port.class,
            description = "The dashboard's port (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The token the dashboard asks for (default: the " + TOKEN_VARIABLE
                    + " environment variable; none on a loopback address).")
    String token;

    @Option(names = "--no-dashboard", description = "Serve no dashboard: a control-plane member only.")
    boolean noDashboard;

    @Option(names = "--parent-pid", paramLabel = "PID", hidden = true,
            description = "Stop when this process ends (sparktune run starts its dashboard so).")
    Long parentPid;

    @Override
    public Integer call() throws InterruptedException {
        try {
            return serve();
        } catch (SpecException e) {
            err().println(e.getMessage());
            return BAD_INPUT;
        } catch (ServerFailure e) {
            err().println(e.getMessage());
            return e.exitCode();
        } finally {
            out().flush();
            err().flush();
        }
    }

    private int serve() throws InterruptedException {
        AccessPolicy access = noDashboard ? AccessPolicy.open() : access();
        if (!noDashboard) {
            requireFreePort(httpHost, httpPort, "--http-host", "the dashboard");
        }
        HazelcastInstance instance = connect != null ? connectClient() : startMember();
        CountDownLatch stopped = new CountDownLatch(1);
        instance.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
        DashboardServer dashboard = null;
        HazelcastStudyCatalog catalog = null;
        try {
            if (!noDashboard) {
                catalog = new HazelcastStudyCatalog(instance);
                try {
                    dashboard = DashboardServer.start(new DashboardContext(catalog, access, Clock.systemUTC()),
                            httpHost, httpPort);
                } catch (IllegalStateException e) {
                    throw ServerFailure.cannotStart(e.getMessage());
                }
                out().println("sparktune dashboard: " + dashboard.url()
                        + (access.tokenRequired() ? " (token required)" : ""));
            }
            if (connect == null) {
                out().println("Ctrl-C stops it; its data stays with the other members.");
            }
            out().flush();
            watchParent(instance);
            if (!instance.getLifecycleService().isRunning()) {
                stopped.countDown();
            }
            stopped.await();
        } finally {
            if (dashboard != null) {
                dashboard.close();
            }
            if (catalog != null) {
                catalog.close();
            }
            if (instance.getLifecycleService().isRunning()) {
                instance.shutdown();
            }
        }
        out().println("sparktune server: stopped");
        return OK;
    }

    /** With {@code --parent-pid}, shuts the instance down when that process ends. */
    private void watchParent(HazelcastInstance instance) {
        if (parentPid == null) {
            return;
        }
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(instance::shutdown),
                instance::shutdown);
    }

    private AccessPolicy access() {
        String chosen = token != null ? token : System.getenv(TOKEN_VARIABLE);
        if (chosen != null && chosen.isBlank()) {
            throw ServerFailure.badFlag("--token: the token is empty");
        }
        InetAddress address = resolve(httpHost, "--http-host");
        if (chosen == null && !address.isLoopbackAddress()) {
            throw ServerFailure.badFlag("--http-host: " + httpHost + " is not a loopback address, so the dashboard"
                    + " needs a token: give one with --token or the " + TOKEN_VARIABLE + " environment variable");
        }
        return chosen == null ? AccessPolicy.open() : AccessPolicy.withToken(chosen);
    }

    private HazelcastInstance startMember() {
        ClusterSettings settings = settings(members != null ? members : host + ":" + port, "--members");
        requireFreePort(host, port, "--host", "a control-plane member");
        HazelcastInstance member;
        try {
            member = ControlPlane.startMember(settings, host, port);
        } catch (IllegalArgumentException e) {
            throw ServerFailure.badFlag("--host: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw ServerFailure.cannotStart(e.getMessage());
        }
        member.getCluster().addMembershipListener(new Announcer(member));
        out().println("sparktune server: member " + address(member) + " of cluster " + settings.clusterName()
                + " is up; members: " + membersOf(member));
        return member;
    }

    private HazelcastInstance connectClient() {
        if (members != null) {
            throw ServerFailure.badFlag("--members: a server started with --connect is a client, not a member;"
                    + " give one or the other");
        }
        ClusterSettings settings = settings(connect, "--connect");
        HazelcastInstance client;
        try {
            client = ControlPlane.connect(settings);
        } catch (IllegalStateException e) {
            throw ServerFailure.cannotStart(e.getMessage());
        }
        out().println("sparktune server: client of cluster " + settings.clusterName() + " at "
                + settings.describeAddresses() + " is up");
        return client;
    }

    /** The cluster to join; problems of the addresses are reported under {@code flag}. */
    private ClusterSettings settings(String addresses, String flag) {
        try {
            return ClusterSettings.parse(clusterName, addresses);
        } catch (SpecException e) {
            throw new SpecException(e.problems().stream()
                    .map(p -> p.path().equals(ClusterSettings.ADDRESSES_FLAG) ? new Problem(flag, p.message()) : p)
                    .toList());
        }
    }

    /**
     * Fails with a one-line message when the port is taken: the server would find out as well, but
     * only after logging the bind failure with its stack trace.
     */
    private static void requireFreePort(String host, int port, String flag, String what) {
        InetAddress address = resolve(host, flag);
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw ServerFailure.cannotStart("cannot start " + what + " at " + host + ":" + port
                    + ": the port is in use or not ours to listen on (" + e.getMessage() + ")");
        }
    }

    private static InetAddress resolve(String host, String flag) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw ServerFailure.badFlag(flag + ": \"" + host + "\" does not resolve to an address of this machine");
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static String address(HazelcastInstance member) {
        var address = member.getCluster().getLocalMember().getAddress();
        return address.getHost() + ":" + address.getPort();
    }

    private static String membersOf(HazelcastInstance member) {
        return member.getCluster().getMembers().stream()
                .map(m -> m.getAddress().getHost() + ":" + m.getAddress().getPort())
                .collect(Collectors.joining(", "));
    }

    /** A port, 1 to 65535. */
    static final class Port implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value.strip());
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("must be a port, 1..65535, got \"" + value + "\"");
        }
    }

    /** Prints a line when a member joins or leaves: what an operator watching a server wants to know. */
    private final class Announcer implements MembershipListener {

        private final HazelcastInstance member;

        Announcer(HazelcastInstance member) {
            this.member = member;
        }

        @Override
        public void memberAdded(MembershipEvent event) {
            announce("joined", event);
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            announce("left", event);
        }

        private void announce(String what, MembershipEvent event) {
            var address = event.getMember().getAddress();
            out().println("sparktune server: member " + address.getHost() + ":" + address.getPort() + " " + what
                    + "; members: " + (member.getLifecycleService().isRunning() ? membersOf(member) : "(stopping)"));
            out().flush();
        }
    }
}
