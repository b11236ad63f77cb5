package io.sparktune.store.hazelcast;

import io.sparktune.store.StudyStore;
import io.sparktune.store.StudyStoreContract;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trial.Direction;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract through a client of a cluster of two members, as a Spark executor or a submitted
 * driver uses it: every write and read crosses the network in the store's own serialized form. A
 * store is opened again through a second client, so what one process wrote is what another reads.
 */
class HazelcastClientStudyStoreTest extends StudyStoreContract {

    private static final AtomicInteger STUDIES = new AtomicInteger();
    private static LoopbackCluster cluster;
    private static HazelcastStudies writer;
    private static HazelcastStudies reader;

    @BeforeAll
    static void startCluster() {
        cluster = LoopbackCluster.start("client-store-test", 2);
        writer = new HazelcastStudies(cluster.connectClient());
        reader = new HazelcastStudies(cluster.connectClient());
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Override
    protected StudyStore newStore(Direction direction) {
        return writer.create(new StudyRecord("study-" + STUDIES.incrementAndGet(), direction, "{}", T0));
    }

    @Override
    protected StudyStore reopen(StudyStore store) {
        return reader.open(((HazelcastStudyStore) store).studyId()).orElseThrow();
    }
}
