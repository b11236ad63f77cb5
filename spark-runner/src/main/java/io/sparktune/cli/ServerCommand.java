package io.sparktune.cli;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sparktune server}: one member of the control plane, the Hazelcast cluster that holds every
 * study, trial, report and verdict. Several members started with the same {@code --members} form one
 * cluster, and each study's data has a backup on another member, so losing one member loses nothing.
 * Runs until Ctrl-C or SIGTERM, when it hands its data to the other members before it ends.
 */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts a member of the control plane (a Hazelcast member) and runs until Ctrl-C or SIGTERM.",
            "Members started with the same --members and --cluster-name form one cluster; each study's data has a"
                + " backup on another member, so one member can be lost without losing a report.",
            "Exit code 0 when stopped, 1 when the member cannot start (such as a port in use), 2 for a bad flag."})
final class ServerCommand extends CliCommand {

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address of this machine to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "5701", converter = ClusterFlags.Port.class,
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = ClusterSettings.DEFAULT_CLUSTER_NAME,
            description = "The cluster's name; members and clients only meet others of the same name"
                    + " (default: ${DEFAULT-VALUE}).")
    String clusterName;

    @Option(names = "--members", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "The members of the cluster to join, this one among them or not (default: this member"
                    + " alone).")
    String members;

    @Override
    int execute() throws InterruptedException {
        ClusterSettings settings = settings();
        requireFreePort();
        HazelcastInstance member;
        try {
            member = ControlPlane.startMember(settings, host, port);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--host: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw CliException.failure(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        member.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
        member.getCluster().addMembershipListener(new Announcer(member));
        out().println("sparktune server: member " + address(member) + " of cluster " + settings.clusterName()
                + " is up; members: " + membersOf(member));
        out().println("Ctrl-C stops it; its data stays with the other members.");
        out().flush();
        if (!member.getLifecycleService().isRunning()) {
            stopped.countDown();
        }
        stopped.await();
        out().println("sparktune server: stopped");
        return ExitCodes.OK;
    }

    /**
     * Fails with a one-line message when the port is taken: Hazelcast would find out as well, but only
     * after logging the bind failure with its stack trace.
     */
    private void requireFreePort() {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw CliException.badInput("--host: \"" + host + "\" does not resolve to an address of this machine");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw CliException.failure("cannot start a control-plane member at " + host + ":" + port + " (cluster "
                    + clusterName + "): the port is in use or not ours to listen on (" + e.getMessage() + ")");
        }
    }

    /** The cluster to join; problems of {@code --members} are reported under that flag. */
    private ClusterSettings settings() {
        try {
            return ClusterSettings.parse(clusterName, members != null ? members : host + ":" + port);
        } catch (SpecException e) {
            throw new SpecException(e.problems().stream()
                    .map(p -> p.path().equals(ClusterSettings.ADDRESSES_FLAG) ? new Problem("--members", p.message()) : p)
                    .toList());
        }
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
