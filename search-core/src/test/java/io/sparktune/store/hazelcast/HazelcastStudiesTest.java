package io.sparktune.store.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trial.Direction;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HazelcastStudiesTest {

    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    private static final String DIGITS = "{\"name\": \"digits\", \"direction\": \"maximize\"}";
    private static LoopbackCluster cluster;
    private static HazelcastInstance member;
    private static HazelcastInstance client;

    @BeforeAll
    static void startMember() {
        cluster = LoopbackCluster.start("studies-test", 1);
        member = cluster.member(0);
        client = cluster.connectClient();
    }

    @AfterAll
    static void stopMember() {
        cluster.close();
    }

    @Test
    void creatingTheSameStudyAgainOpensIt() {
        HazelcastStudies studies = new HazelcastStudies(member);
        HazelcastStudyStore first = studies.create(new StudyRecord("again", Direction.MAXIMIZE, DIGITS, T0));
        first.createTrial((n, h) -> Optional.of(Map.of("x", 1.0)), T0);
        first.finish(0, TrialState.COMPLETED, 0.9, null, T0);

        HazelcastStudyStore second = new HazelcastStudies(client).create(
                new StudyRecord("again", Direction.MAXIMIZE, DIGITS, T0.plusSeconds(60)));
        assertEquals("again", second.studyId());
        assertEquals(first.history(), second.history());
        assertEquals(T0, studies.record("again").orElseThrow().createdAt(), "the first record stays");
        assertEquals(first.history(), studies.open("again").orElseThrow().history());
    }

    @Test
    void theSameIdWithAnotherStudyFileIsRefused() {
        HazelcastStudies studies = new HazelcastStudies(client);
        studies.create(new StudyRecord("taken", Direction.MAXIMIZE, DIGITS, T0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> studies.create(
                new StudyRecord("taken", Direction.MAXIMIZE, "{\"name\": \"taken\"}", T0)));
        assertEquals("a study named \"taken\" already exists (created 2024-05-01T12:00:00Z) from another study file: "
                + "give this study another name, or run the study file it was created from to go on with it",
                e.getMessage());
        assertEquals(DIGITS, studies.record("taken").orElseThrow().studyJson());
    }

    @Test
    void twoProcessesCreatingOneStudyAtOnceGetOneStudy() throws Exception {
        StudyRecord record = new StudyRecord("race", Direction.MINIMIZE, "{}", T0);
        CompletableFuture<HazelcastStudyStore> a = CompletableFuture.supplyAsync(
                () -> new HazelcastStudies(member).create(record));
        CompletableFuture<HazelcastStudyStore> b = CompletableFuture.supplyAsync(
                () -> new HazelcastStudies(client).create(record));
        a.get().createTrial((n, h) -> Optional.of(Map.of("x", 1.0)), T0);
        assertEquals(1, b.get().history().size());
        assertEquals(Direction.MINIMIZE, b.get().history().direction());
    }

    @Test
    void unknownStudiesAreEmpty() {
        HazelcastStudies studies = new HazelcastStudies(client);
        assertEquals(Optional.empty(), studies.open("no-such-study"));
        assertEquals(Optional.empty(), studies.record("no-such-study"));
    }

    @Test
    void listGivesEveryStudyOldestFirst() {
        try (LoopbackCluster own = LoopbackCluster.start("studies-list-test", 1)) {
            HazelcastStudies studies = new HazelcastStudies(own.member(0));
            assertEquals(List.of(), studies.list());
            StudyRecord late = new StudyRecord("late", Direction.MINIMIZE, "{}", T0.plusSeconds(10));
            StudyRecord early = new StudyRecord("early", Direction.MAXIMIZE, DIGITS, T0);
            StudyRecord alsoEarly = new StudyRecord("also-early", Direction.MINIMIZE, "{}", T0);
            studies.create(late);
            studies.create(early);
            studies.create(alsoEarly);
            assertEquals(List.of(alsoEarly, early, late), studies.list());
            assertEquals(List.of(alsoEarly, early, late), new HazelcastStudies(own.connectClient()).list());
        }
    }

    @Test
    void aRecordNeedsAnId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StudyRecord(" ", Direction.MINIMIZE, "{}", T0));
        assertTrue(e.getMessage().startsWith("a non-blank id must hold, but got"), e.getMessage());
    }

    @Test
    void aStudyHasOneDriverAtATime() throws Exception {
        HazelcastInstance other = cluster.connectClient();
        try {
            Optional<DriverClaim> first = new HazelcastStudies(client).claimDriver("driven", java.time.Duration.ZERO);
            assertTrue(first.isPresent());
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> claimedWithin(other, 200));
            assertEquals(false, second.get(), "a second driver must not take a held study");
            first.get().close();
            assertEquals(true, CompletableFuture.supplyAsync(() -> claimedWithin(other, 200)).get());
        } finally {
            other.shutdown();
        }
    }

    private static boolean claimedWithin(HazelcastInstance instance, long millis) {
        try {
            Optional<DriverClaim> claim = new HazelcastStudies(instance).claimDriver("driven",
                    java.time.Duration.ofMillis(millis));
            claim.ifPresent(DriverClaim::close);
            return claim.isPresent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
