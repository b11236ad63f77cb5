package io.sparktune.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.HazelcastInstance;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.testing.LoopbackCluster;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ControlPlaneTest {

    private static final String HOST = LoopbackCluster.HOST;

    @Test
    void aMemberJoinsOnlyTheAddressesItIsGiven() {
        Config config = ControlPlane.memberConfig(new ClusterSettings("lab", List.of("127.0.0.1:6001", "127.0.0.1:6002")),
                HOST, 6001);
        assertEquals("lab", config.getClusterName());
        JoinConfig join = config.getNetworkConfig().getJoin();
        assertFalse(join.getMulticastConfig().isEnabled());
        assertFalse(join.getAutoDetectionConfig().isEnabled());
        assertTrue(join.getTcpIpConfig().isEnabled());
        assertEquals(List.of("127.0.0.1:6001", "127.0.0.1:6002"), join.getTcpIpConfig().getMembers());
        assertEquals(6001, config.getNetworkConfig().getPort());
        assertFalse(config.getNetworkConfig().isPortAutoIncrement());
        assertEquals(List.of(HOST), List.copyOf(config.getNetworkConfig().getInterfaces().getInterfaces()));
        assertEquals("false", config.getProperty("hazelcast.phone.home.enabled"));
        assertEquals(InMemoryFormat.OBJECT, config.getMapConfig(HazelcastStudies.STATE_MAP).getInMemoryFormat());
        assertEquals(1, config.getMapConfig(HazelcastStudies.STATE_MAP).getBackupCount());
        assertEquals(1, config.getMapConfig(HazelcastStudies.STUDIES_MAP).getBackupCount());
        assertEquals(1, config.getMapConfig(HazelcastStudies.CREATION_LOCKS).getBackupCount());
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void connectingToNothingFailsWithTheAddressesAndTheClusterName() {
        int port = LoopbackCluster.freePort();
        ClusterSettings settings = new ClusterSettings("nobody-" + port, List.of(HOST + ":" + port));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ControlPlane.connect(settings, Duration.ofSeconds(2)));
        assertEquals("cannot reach the control plane at 127.0.0.1:" + port + " (cluster nobody-" + port + ")",
                e.getMessage());
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aClientOfAnotherClusterNameIsNotLetIn() {
        try (LoopbackCluster cluster = LoopbackCluster.start("control-plane-test", 1)) {
            String address = cluster.settings().addresses().get(0);
            ClusterSettings other = new ClusterSettings("someone-else", List.of(address));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ControlPlane.connect(other, Duration.ofSeconds(2)));
            assertEquals("cannot reach the control plane at " + address + " (cluster someone-else)", e.getMessage());
        }
    }

    @Test
    void membersOfDifferentlyNamedClustersNeverJoin() {
        int first = LoopbackCluster.freePort();
        int second = LoopbackCluster.freePort();
        List<String> both = List.of(HOST + ":" + first, HOST + ":" + second);
        HazelcastInstance a = ControlPlane.startMember(new ClusterSettings(LoopbackCluster.uniqueName("a"), both), HOST,
                first);
        try {
            HazelcastInstance b = ControlPlane.startMember(new ClusterSettings(LoopbackCluster.uniqueName("b"), both),
                    HOST, second);
            try {
                assertEquals(1, a.getCluster().getMembers().size());
                assertEquals(1, b.getCluster().getMembers().size());
            } finally {
                b.getLifecycleService().terminate();
            }
        } finally {
            a.getLifecycleService().terminate();
        }
    }

    @Test
    void aPortInUseIsAnErrorThatNamesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            int port = taken.getLocalPort();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ControlPlane.startMember(
                    new ClusterSettings(LoopbackCluster.uniqueName("taken"), List.of(HOST + ":" + port)), HOST, port));
            assertTrue(e.getMessage().startsWith("cannot start a control-plane member at 127.0.0.1:" + port
                    + " (cluster taken-"), e.getMessage());
            assertTrue(e.getMessage().contains(Integer.toString(port)), e.getMessage());
        }
    }

    @Test
    void theRunningMemberOfAClusterIsFoundByItsName() {
        try (LoopbackCluster cluster = LoopbackCluster.start("running-test", 1)) {
            assertSame(cluster.member(0), ControlPlane.running(cluster.settings().clusterName()).orElseThrow());
            assertEquals(Optional.empty(), ControlPlane.running(cluster.settings().clusterName() + "-other"));
        }
        assertEquals(Optional.empty(), ControlPlane.running("running-test-gone"));
    }
}
