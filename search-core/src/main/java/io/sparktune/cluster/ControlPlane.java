package io.sparktune.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.sparktune.store.hazelcast.HazelcastStudies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts members of the control plane and connects clients to it, configured alike everywhere.
 *
 * <p>Members join only over TCP-IP, to the addresses of the {@link ClusterSettings}: multicast and
 * cloud auto-detection are off, so a member never joins a cluster it was not pointed at. A member binds
 * the one interface it is given (no port auto-increment: a port in use is an error, not a surprise
 * elsewhere). The study maps keep one synchronous backup, so losing one member loses no report; the
 * study state is kept as objects so that the store's entry processors work on it without
 * deserialising it (see {@link io.sparktune.store.hazelcast}). A member stopped by a signal hands its
 * partitions over before it goes, waiting at most {@link #GRACEFUL_SHUTDOWN_SECONDS}.
 *
 * <p>Hazelcast logs through java.util.logging, at warnings and above, unless the JVM chose a logging
 * type ({@code -Dhazelcast.logging.type}) or a level for {@code com.hazelcast} itself; its start-up
 * chatter is not for the users of a command line. Its clients log only severe errors: a client that
 * cannot connect warns at every retry, and the exception {@link #connect} throws says it once. No
 * phone-home.
 */
public final class ControlPlane {

    /** How long a client tries to reach the cluster before it gives up. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** How long a member that shuts down waits for its partitions to be safe elsewhere. */
    public static final int GRACEFUL_SHUTDOWN_SECONDS = 15;

    /**
     * How long a client operation may take, retries included, before it fails; the control plane
     * answers a report in milliseconds, so this only bounds the wait on a cluster in trouble.
     */
    static final int INVOCATION_TIMEOUT_SECONDS = 60;

    /** Clients made here are named with this prefix and their cluster's name, to be found again. */
    private static final String CLIENT_PREFIX = "sparktune-client@";

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** Held so that the levels set on them stay: java.util.logging keeps loggers weakly. */
    private static final Logger HAZELCAST_LOGGER = Logger.getLogger("com.hazelcast");
    private static final Logger CLIENT_LOGGER = Logger.getLogger("com.hazelcast.client");

    static {
        if (System.getProperty("hazelcast.logging.type") == null && HAZELCAST_LOGGER.getLevel() == null) {
            HAZELCAST_LOGGER.setLevel(Level.WARNING);
            if (CLIENT_LOGGER.getLevel() == null) {
                CLIENT_LOGGER.setLevel(Level.SEVERE);
            }
        }
    }

    private ControlPlane() {
    }

    /**
     * A port of 127.0.0.1 that is free at this moment, for a member of this process's own (the
     * embedded control plane of {@code sparktune run}, tests and benchmarks).
     *
     * @throws UncheckedIOException when no port can be had
     */
    public static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1 for a control-plane member: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Starts a member of the cluster {@code settings} names, listening on {@code host:port} and joining
     * the members at {@code settings.addresses()} (its own address among them or not).
     *
     * @throws IllegalArgumentException when {@code host} is not an address of this machine's
     * @throws IllegalStateException when the member cannot start, such as when the port is in use
     */
    public static HazelcastInstance startMember(ClusterSettings settings, String host, int port) {
        Config config = memberConfig(settings, host, port);
        try {
            return Hazelcast.newHazelcastInstance(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start a control-plane member at " + host + ":" + port + " (cluster "
                    + settings.clusterName() + "): " + e.getMessage(), e);
        }
    }

    /**
     * A client of the cluster {@code settings} names; it gives up after {@link #CONNECT_TIMEOUT}.
     *
     * @throws IllegalStateException naming the addresses and the cluster when no member answers in time
     */
    public static HazelcastInstance connect(ClusterSettings settings) {
        return connect(settings, CONNECT_TIMEOUT);
    }

    /**
     * A client of the cluster {@code settings} names; it gives up after {@code timeout}, both when it
     * first connects and when it has lost every member later (after which its calls fail).
     *
     * @throws IllegalStateException naming the addresses and the cluster when no member answers in time
     */
    public static HazelcastInstance connect(ClusterSettings settings, Duration timeout) {
        ClientConfig config = clientConfig(settings, timeout);
        try {
            return HazelcastClient.newHazelcastClient(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot reach the control plane at " + settings.describeAddresses()
                    + " (cluster " + settings.clusterName() + ")", e);
        }
    }

    /**
     * A running member of cluster {@code clusterName} in this JVM, else a running client of it made by
     * {@link #connect}: what a process that needs the control plane uses before it makes a client of
     * its own.
     */
    public static Optional<HazelcastInstance> running(String clusterName) {
        Objects.requireNonNull(clusterName, "clusterName");
        for (HazelcastInstance member : Hazelcast.getAllHazelcastInstances()) {
            if (member.getLifecycleService().isRunning() && clusterName.equals(member.getConfig().getClusterName())) {
                return Optional.of(member);
            }
        }
        String prefix = clientPrefix(clusterName);
        for (HazelcastInstance client : HazelcastClient.getAllHazelcastClients()) {
            if (client.getLifecycleService().isRunning() && client.getName().startsWith(prefix)) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }

    /** The configuration of a member; see the class comment. */
    static Config memberConfig(ClusterSettings settings, String host, int port) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("1 <= port <= 65535 must hold, but got port=" + port);
        }
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        quiet(config.getProperties());
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.graceful.shutdown.max.wait", Integer.toString(GRACEFUL_SHUTDOWN_SECONDS));
        config.setProperty("hazelcast.shutdownhook.policy", "GRACEFUL");
        // A lone first member otherwise waits 5 s for others before it forms its cluster.
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.getJetConfig().setEnabled(false);

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(ipOf(host));
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.addresses()).setConnectionTimeoutSeconds(2);

        config.addMapConfig(new MapConfig("sparktune.*").setBackupCount(1).setAsyncBackupCount(0));
        config.addMapConfig(new MapConfig(HazelcastStudies.STATE_MAP).setBackupCount(1).setAsyncBackupCount(0)
                .setInMemoryFormat(InMemoryFormat.OBJECT));
        return config;
    }

    /** The configuration of a client; see {@link #connect(ClusterSettings, Duration)}. */
    static ClientConfig clientConfig(ClusterSettings settings, Duration timeout) {
        Objects.requireNonNull(settings, "settings");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a positive timeout must hold, but got " + timeout);
        }
        ClientConfig config = new ClientConfig();
        config.setClusterName(settings.clusterName());
        config.setInstanceName(clientPrefix(settings.clusterName()) + CLIENTS.incrementAndGet());
        quiet(config.getProperties());
        config.setProperty("hazelcast.client.invocation.timeout.seconds", Integer.toString(INVOCATION_TIMEOUT_SECONDS));
        config.getNetworkConfig().setAddresses(settings.addresses());
        // Every write of the store can be repeated safely (its entry processors recognise their own
        // change), so an operation whose member died before it answered is sent again, not failed.
        config.getNetworkConfig().setRedoOperation(true);
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(timeout.toMillis())
                .setInitialBackoffMillis(100)
                .setMaxBackoffMillis(1000);
        return config;
    }

    private static void quiet(java.util.Properties properties) {
        properties.setProperty("hazelcast.phone.home.enabled", "false");
        if (System.getProperty("hazelcast.logging.type") == null) {
            properties.setProperty("hazelcast.logging.type", "jdk");
        }
    }

    private static String clientPrefix(String clusterName) {
        return CLIENT_PREFIX + clusterName + "#";
    }

    private static String ipOf(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("a host of this machine must hold, but got \"" + host
                    + "\", which does not resolve", e);
        }
    }
}
