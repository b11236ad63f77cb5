package io.sparktune.cli;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one study on the control plane stands, as {@code sparktune status} prints it: its trials by
 * state, the best value so far, and the trials running now with their workers.
 */
record StudyProgress(String id, Direction direction, History history) {

    /** The states in the order the table shows them. */
    static final List<TrialState> COLUMNS = List.of(TrialState.RUNNING, TrialState.COMPLETED, TrialState.PRUNED,
            TrialState.FAILED, TrialState.STALE);

    StudyProgress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(history, "history");
    }

    Map<TrialState, Long> byState() {
        Map<TrialState, Long> counts = new EnumMap<>(TrialState.class);
        for (TrialState state : TrialState.values()) {
            counts.put(state, history.count(state));
        }
        return counts;
    }

    /** How many attempts were lost or failed and run again, over all trials. */
    long retries() {
        return history.trials().stream().mapToLong(t -> t.attempts().size()).sum();
    }

    /** The header of the table of studies. */
    static String header() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %6s", "STUDY", "TRIALS"));
        COLUMNS.forEach(s -> line.append(String.format(Locale.ROOT, " %9s", s.name())));
        return line.append(String.format(Locale.ROOT, " %7s  %s", "RETRIES", "BEST")).toString();
    }

    /** This study's row of the table. */
    String row() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %6d", id, history.size()));
        Map<TrialState, Long> counts = byState();
        COLUMNS.forEach(s -> line.append(String.format(Locale.ROOT, " %9d", counts.get(s))));
        return line.append(String.format(Locale.ROOT, " %7d  %s", retries(), best())).toString();
    }

    /** Every line about this study: the counts, the best trial, and each running trial with its worker. */
    List<String> details(Instant now) {
        List<String> lines = new ArrayList<>();
        Map<TrialState, Long> counts = byState();
        List<String> parts = new ArrayList<>();
        for (TrialState state : COLUMNS) {
            if (counts.get(state) > 0) {
                parts.add(counts.get(state) + " " + state.jsonName());
            }
        }
        lines.add("study " + id + " (" + direction.jsonName() + ")");
        lines.add("trials: " + history.size() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")")
                + (retries() > 0 ? ", " + retries() + (retries() == 1 ? " attempt" : " attempts") + " run again" : ""));
        Optional<Trial> best = history.best();
        lines.add("best: " + best().concat(best.map(t -> " " + Format.params(t.params())).orElse("")));
        List<Trial> running = history.inState(TrialState.RUNNING);
        lines.add("running: " + (running.isEmpty() ? "none" : running.size()));
        running.forEach(trial -> lines.add("  " + running(trial, now)));
        return lines;
    }

    private String best() {
        return history.best().map(t -> Format.value(t.value()) + " (trial " + t.number() + ")").orElse("-");
    }

    /** {@code trial 7 attempt 1 on executor 2 (127.0.0.1), step 3: 0.9123, heard from 2.1s ago}. */
    static String running(Trial trial, Instant now) {
        StringBuilder line = new StringBuilder("trial ").append(trial.number());
        if (trial.attemptIndex() > 0) {
            line.append(" attempt ").append(trial.attemptIndex());
        }
        line.append(" on ").append(trial.worker() != null ? trial.worker() : "(not claimed yet)");
        trial.lastReport().ifPresent(r -> line.append(", step ").append(r.step()).append(": ")
                .append(Format.value(r.value())));
        if (trial.stopReason() != null) {
            line.append(", stopping: ").append(trial.stopReason());
        }
        if (trial.heartbeatAt() != null) {
            line.append(", heard from ").append(Format.duration(Duration.between(trial.heartbeatAt(), now)))
                    .append(" ago");
        }
        return line.toString();
    }
}
