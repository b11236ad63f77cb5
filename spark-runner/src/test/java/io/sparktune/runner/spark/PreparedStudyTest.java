package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sparktune.store.StoreAccess;
import io.sparktune.store.StudyStore;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.trial.Direction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PreparedStudyTest {

    /** A store access as a class with no equals of its own, counting how often it opens the store. */
    static final class CountingAccess implements StoreAccess {
        private static final long serialVersionUID = 1L;
        static final AtomicInteger OPENED = new AtomicInteger();
        private static final StudyStore STORE = new InMemoryStudyStore(Direction.MINIMIZE);
        private final String cluster;

        CountingAccess(String cluster) {
            this.cluster = cluster;
        }

        @Override
        public StudyStore open(String studyId) {
            OPENED.incrementAndGet();
            return STORE;
        }
    }

    @Test
    void everyCopyOfAHandleSharesOnePreparedStudyPerJvm() throws Exception {
        String json = SparkStudies.study("prepared-once", 1, 1, "{\"type\": \"function\", \"name\": \"branin\"}", "");
        StudyHandle handle = new StudyHandle(new CountingAccess("a"), "prepared-once", json, ".");
        int before = CountingAccess.OPENED.get();

        PreparedStudy first = PreparedStudy.of(copy(handle));
        PreparedStudy second = PreparedStudy.of(copy(handle));
        PreparedStudy elsewhere = PreparedStudy.of(copy(new StudyHandle(new CountingAccess("b"), "prepared-once",
                json, ".")));

        assertSame(first, second);
        assertNotSame(first, elsewhere);
        assertEquals(before + 2, CountingAccess.OPENED.get());
    }

    private static StudyHandle copy(StudyHandle handle) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(handle);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (StudyHandle) in.readObject();
        }
    }
}
