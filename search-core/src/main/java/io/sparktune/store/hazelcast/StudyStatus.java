package io.sparktune.store.hazelcast;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a study's driver last said of its run, and whether someone asked the study to stop: kept on
 * the control plane beside the study ({@link HazelcastStudies#STATUS_MAP}) for the dashboard, and
 * read by the driver for stop requests.
 *
 * @param startedAt when the current (or last) driver started the study
 * @param endedAt when that driver ended it, or {@code null} while it runs
 * @param endMessage why it ended, in the driver's words, or {@code null}
 * @param stopRequest why someone asked it to stop, or {@code null} when nobody did in this run
 * @param stopRequestedAt when they asked, or {@code null}
 */
public record StudyStatus(Instant startedAt, Instant endedAt, String endMessage, String stopRequest,
        Instant stopRequestedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A run that started {@code at}. */
    public static StudyStatus started(Instant at) {
        return new StudyStatus(at, null, null, null, null);
    }

    public boolean isRunning() {
        return startedAt != null && endedAt == null;
    }

    StudyStatus ended(Instant at, String message) {
        return new StudyStatus(startedAt, at, message, stopRequest, stopRequestedAt);
    }

    StudyStatus stopRequested(String reason, Instant at) {
        return new StudyStatus(startedAt, endedAt, endMessage, reason, at);
    }
}
