package io.sparktune.dashboard.data;

import java.util.List;
import java.util.Optional;

/**
 * The studies of one control plane, read for people: the one place the dashboard's pages and its
 * REST API get their data from. Reads are snapshots, cached until the study changes, so that many
 * open pages cost one read per change, never one per row or per page.
 */
public interface StudyCatalog {

    /** Every study, oldest first. */
    List<StudySummary> studies();

    /** Study {@code id} as it is now, or empty when there is no such study. */
    Optional<StudySnapshot> snapshot(String id);

    /** Asks study {@code id}'s driver to stop it, for {@code reason} (shown with the trials it stops). */
    StopResult requestStop(String id, String reason);

    /**
     * Calls {@code changed} (from a thread of the catalog's) after study {@code id} changes, or any
     * study when {@code id} is {@code null}: at most once per {@link #NOTIFY_INTERVAL_MILLIS}, so a
     * study reporting a thousand times a second costs a page four refreshes. Close the returned
     * handle to stop.
     */
    Subscription subscribe(String id, Runnable changed);

    /** The shortest time between two calls of one subscriber. */
    long NOTIFY_INTERVAL_MILLIS = 250;

    /** A subscription; closing it twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
