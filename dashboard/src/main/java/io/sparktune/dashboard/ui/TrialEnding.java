package io.sparktune.dashboard.ui;

import io.sparktune.trial.Trial;
import java.time.ZoneId;

/** Why a trial ended (or where it stands), in one sentence for the trial's page. */
final class TrialEnding {

    private TrialEnding() {
    }

    static String of(Trial trial, ZoneId zone) {
        int reports = trial.reports().size();
        String after = " after " + reports + (reports == 1 ? " report" : " reports");
        return switch (trial.state()) {
            case COMPLETED -> "Completed with value " + Formats.value(trial.value()) + after + ".";
            case PRUNED -> "Pruned" + after + ": " + orUnknown(trial.reason() != null ? trial.reason()
                    : trial.stopReason());
            case FAILED -> "Failed" + after + ": " + orUnknown(trial.reason());
            case STALE -> "Stale: its worker" + (trial.worker() == null ? "" : " (" + trial.worker() + ")")
                    + " stopped sending heartbeats; last seen " + Formats.instant(trial.heartbeatAt(), zone) + "."
                    + (trial.reason() == null ? "" : " " + trial.reason());
            case RUNNING -> "Running" + (trial.worker() == null ? "" : " on " + trial.worker()) + ", " + reports
                    + (reports == 1 ? " report" : " reports") + " so far"
                    + (trial.stopReason() == null ? "." : "; told to stop: " + trial.stopReason());
            case WAITING -> "Waiting for a worker.";
        };
    }

    private static String orUnknown(String reason) {
        return reason == null ? "no reason given." : reason;
    }
}
