package io.sparktune.testing;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A control plane of real Hazelcast members in this JVM, on 127.0.0.1, under a cluster name no other
 * test run uses and on ports free when it starts: tests running at the same time on one machine never
 * join each other's clusters. Close it to shut down its members and the clients it made.
 */
public final class LoopbackCluster implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final ClusterSettings settings;
    private final List<Integer> ports;
    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<HazelcastInstance> clients = new ArrayList<>();

    private LoopbackCluster(ClusterSettings settings, List<Integer> ports) {
        this.settings = settings;
        this.ports = ports;
    }

    /** Starts {@code size} members that form one cluster, named after {@code prefix}. */
    public static LoopbackCluster start(String prefix, int size) {
        List<Integer> ports = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int port = freePort();
            ports.add(port);
            addresses.add(HOST + ":" + port);
        }
        LoopbackCluster cluster = new LoopbackCluster(new ClusterSettings(uniqueName(prefix), addresses), ports);
        try {
            for (int port : ports) {
                cluster.members.add(ControlPlane.startMember(cluster.settings, HOST, port));
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public ClusterSettings settings() {
        return settings;
    }

    public HazelcastInstance member(int index) {
        return members.get(index);
    }

    public List<HazelcastInstance> members() {
        return List.copyOf(members);
    }

    public int port(int index) {
        return ports.get(index);
    }

    /** A new client of this cluster, shut down with it. */
    public HazelcastInstance connectClient() {
        HazelcastInstance client = ControlPlane.connect(settings);
        clients.add(client);
        return client;
    }

    /** The member that owns {@code key}'s partition. */
    public HazelcastInstance ownerOf(Object key) {
        var owner = members.get(0).getPartitionService().getPartition(key).getOwner();
        return members.stream().filter(m -> m.getLifecycleService().isRunning()
                && m.getCluster().getLocalMember().equals(owner)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        for (HazelcastInstance client : clients) {
            client.shutdown();
        }
        for (HazelcastInstance member : members) {
            if (member.getLifecycleService().isRunning()) {
                member.getLifecycleService().terminate();
            }
        }
    }

    /** A cluster name of {@code prefix}, this process and a random part. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A port of 127.0.0.1 free at this moment. */
    public static int freePort() {
        return ControlPlane.freeLoopbackPort();
    }
}
