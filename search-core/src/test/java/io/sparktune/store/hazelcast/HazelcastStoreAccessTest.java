package io.sparktune.store.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.store.StudyStore;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Report;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HazelcastStoreAccessTest {

    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void aJvmWithTheEmbeddedMemberUsesIt() throws Exception {
        try (LoopbackCluster cluster = LoopbackCluster.start("access-embedded-test", 1)) {
            new HazelcastStudies(cluster.member(0)).create(new StudyRecord("digits", Direction.MAXIMIZE, "{}", T0));
            HazelcastStoreAccess access = roundTrip(new HazelcastStoreAccess(cluster.settings()));
            assertSame(cluster.member(0), access.instance());
            StudyStore store = access.open("digits");
            store.createTrial((n, h) -> Optional.of(Map.of("x", 1.0)), T0);
            assertEquals(1, new HazelcastStudies(cluster.member(0)).open("digits").orElseThrow().history().size());
            assertFalse(HazelcastClient.getAllHazelcastClients().stream()
                    .anyMatch(c -> c.getName().contains(cluster.settings().clusterName())), "no client was made");
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aJvmWithoutAMemberMakesOneClientAndKeepsIt() throws Exception {
        int port = LoopbackCluster.freePort();
        String name = LoopbackCluster.uniqueName("access-client-test");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process member = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                MemberProcessMain.class.getName(), name, LoopbackCluster.HOST, Integer.toString(port))
                .redirectErrorStream(true).start();
        HazelcastInstance client = null;
        try {
            awaitReady(member);
            ClusterSettings settings = new ClusterSettings(name, List.of(LoopbackCluster.HOST + ":" + port));
            HazelcastStoreAccess access = new HazelcastStoreAccess(settings);

            IllegalStateException missing = assertThrows(IllegalStateException.class, () -> access.open("missing"));
            assertEquals("no study \"missing\" in the control plane at 127.0.0.1:" + port + " (cluster " + name + ")",
                    missing.getMessage());
            client = access.instance();
            assertTrue(HazelcastClient.getAllHazelcastClients().contains(client), "a client, not a member");
            new HazelcastStudies(client).create(new StudyRecord("digits", Direction.MAXIMIZE, "{}", T0));
            StudyStore store = access.open("digits");
            store.createTrial((n, h) -> Optional.of(Map.of("x", 1.0)), T0);
            store.report(0, 0, new Report(1, 0.5), Scheduler.none(), T0);

            HazelcastStoreAccess shipped = roundTrip(access);
            assertSame(client, shipped.instance(), "one client per JVM");
            assertEquals(store.history(), shipped.open("digits").history());
            assertEquals(1, HazelcastClient.getAllHazelcastClients().stream()
                    .filter(c -> c.getName().contains(name)).count());
        } finally {
            if (client != null) {
                client.shutdown();
            }
            member.getOutputStream().close();
            if (!member.waitFor(30, TimeUnit.SECONDS)) {
                member.destroyForcibly();
            }
        }
    }

    private static void awaitReady(Process member) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(member.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder output = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("ready")) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return;
            }
            output.append(line).append('\n');
        }
        throw new AssertionError("the member process ended before it was ready:\n" + output);
    }

    private static HazelcastStoreAccess roundTrip(HazelcastStoreAccess access) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(access);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (HazelcastStoreAccess) in.readObject();
        }
    }
}
