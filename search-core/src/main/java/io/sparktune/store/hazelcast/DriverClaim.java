package io.sparktune.store.hazelcast;

import com.hazelcast.map.IMap;

/**
 * A study held by its one driver (see {@link HazelcastStudies#claimDriver}); closing it lets another
 * driver take the study. Closed by the thread that claimed it.
 */
public final class DriverClaim implements AutoCloseable {

    private final IMap<String, Boolean> drivers;
    private final String id;

    DriverClaim(IMap<String, Boolean> drivers, String id) {
        this.drivers = drivers;
        this.id = id;
    }

    /** Lets the study go; a claim lost with its member (the lock did not survive) is gone already. */
    @Override
    public void close() {
        try {
            drivers.unlock(id);
        } catch (IllegalMonitorStateException alreadyGone) {
            // Nothing left to release.
        }
    }
}
