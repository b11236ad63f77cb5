package io.sparktune.runner.spark;

import io.sparktune.store.StoreAccess;
import io.sparktune.store.StudyStore;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reaches a store that lives in this JVM (an in-memory or a study directory's store), by a token
 * made when the store was registered: for Spark's local mode, whose executor is the driver's own
 * process. Executors in other processes find nothing under the token; there a store every process
 * can reach is needed (Hazelcast).
 *
 * @param token the registration's key in this JVM
 * @param studyId the id of the one study registered under it
 */
public record InProcessStoreAccess(String token, String studyId) implements StoreAccess, AutoCloseable {

    private static final ConcurrentMap<String, StudyStore> STORES = new ConcurrentHashMap<>();

    public InProcessStoreAccess {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(studyId, "studyId");
    }

    /** Makes {@code store}, the store of study {@code studyId}, reachable from executors in this JVM. */
    public static InProcessStoreAccess register(String studyId, StudyStore store) {
        Objects.requireNonNull(store, "store");
        InProcessStoreAccess access = new InProcessStoreAccess(UUID.randomUUID().toString(), studyId);
        STORES.put(access.token, store);
        return access;
    }

    @Override
    public StudyStore open(String id) {
        StudyStore store = STORES.get(token);
        if (store == null) {
            throw new IllegalStateException("no store of study \"" + studyId + "\" is registered in this process: "
                    + "an in-process store serves executors of Spark's local mode only");
        }
        if (!studyId.equals(id)) {
            throw new IllegalStateException("this access reaches study \"" + studyId + "\", not \"" + id + "\"");
        }
        return store;
    }

    /** Forgets the registration. */
    @Override
    public void close() {
        STORES.remove(token);
    }
}
