package io.sparktune.scheduler;

import io.sparktune.trial.Attempt;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link History} literal for scheduler tests, one trial per call, numbered from 0 in call
 * order:
 * <pre>
 *   History h = HistoryLiteral.minimize()
 *           .completed(0.9, 0.5, 0.3)          // trial 0: reports at steps 1, 2, 3; value 0.3
 *           .pruned(0.95, 0.8)                 // trial 1: reports at steps 1, 2; value 0.8
 *           .running(at(1, 0.7), at(3, 0.6))   // trial 2: reports at steps 1 and 3
 *           .build();
 * </pre>
 * A curve given as plain values reports at steps {@code 1, 2, ...}; completed and pruned trials end
 * with their last reported value, failed ones with none. Every trial has the same empty
 * parameters and fixed times, so two literals built the same way are equal.
 */
public final class HistoryLiteral {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private final Direction direction;
    private final List<Trial> trials = new ArrayList<>();

    private HistoryLiteral(Direction direction) {
        this.direction = direction;
    }

    public static HistoryLiteral of(Direction direction) {
        return new HistoryLiteral(direction);
    }

    public static HistoryLiteral minimize() {
        return of(Direction.MINIMIZE);
    }

    public static HistoryLiteral maximize() {
        return of(Direction.MAXIMIZE);
    }

    /** A report of {@code value} at {@code step}. */
    public static Report at(long step, double value) {
        return new Report(step, value);
    }

    /** Reports of {@code curve} at steps {@code 1, 2, ...}. */
    public static Report[] curve(double... curve) {
        Report[] reports = new Report[curve.length];
        for (int i = 0; i < curve.length; i++) {
            reports[i] = new Report(i + 1, curve[i]);
        }
        return reports;
    }

    public HistoryLiteral completed(double... curve) {
        return trial(TrialState.COMPLETED, curve(curve));
    }

    public HistoryLiteral completed(Report... reports) {
        return trial(TrialState.COMPLETED, reports);
    }

    public HistoryLiteral pruned(double... curve) {
        return trial(TrialState.PRUNED, curve(curve));
    }

    public HistoryLiteral pruned(Report... reports) {
        return trial(TrialState.PRUNED, reports);
    }

    public HistoryLiteral running(double... curve) {
        return trial(TrialState.RUNNING, curve(curve));
    }

    public HistoryLiteral running(Report... reports) {
        return trial(TrialState.RUNNING, reports);
    }

    public HistoryLiteral failed(double... curve) {
        return trial(TrialState.FAILED, curve(curve));
    }

    /** A trial created but not started: no reports. */
    public HistoryLiteral waiting() {
        return trial(TrialState.WAITING);
    }

    /** The next trial, in {@code state}, with these reports. */
    public HistoryLiteral trial(TrialState state, Report... reports) {
        trials.add(trialOf(trials.size(), state, Arrays.asList(reports)));
        return this;
    }

    /** How many trials the literal holds so far: the number the next one gets. */
    public int size() {
        return trials.size();
    }

    public History build() {
        return new History(direction, trials);
    }

    /** Trial {@code number} in {@code state} with {@code reports}, as the class comment describes. */
    public static Trial trialOf(int number, TrialState state, List<Report> reports) {
        Instant created = T0.plusSeconds(number);
        Trial trial = Trial.created(number, Map.of(), state == TrialState.WAITING ? TrialState.WAITING
                : TrialState.RUNNING, created);
        for (Report r : reports) {
            trial = trial.withReport(r, created);
        }
        if (!state.isFinished()) {
            return trial;
        }
        Double value = state == TrialState.FAILED || reports.isEmpty() ? null : reports.get(reports.size() - 1).value();
        String reason = switch (state) {
            case PRUNED -> "pruned in a test";
            case FAILED -> "failed in a test";
            case STALE -> "stale in a test";
            default -> null;
        };
        return trial.finished(state, value, reason, created.plusSeconds(1000 + reports.size()));
    }

    /**
     * {@code history} seen the other way round: every value (final, reported, of earlier attempts)
     * negated and the direction flipped. A scheduler must judge it as it judges {@code history}.
     */
    public static History mirror(History history) {
        Direction flipped = history.direction() == Direction.MINIMIZE ? Direction.MAXIMIZE : Direction.MINIMIZE;
        return new History(flipped, history.trials().stream().map(HistoryLiteral::mirror).toList());
    }

    /** {@code trial} with every value negated. */
    public static Trial mirror(Trial trial) {
        List<Attempt> attempts = trial.attempts().stream()
                .map(a -> new Attempt(a.index(), a.state(), negate(a.value()), mirror(a.reports()), a.reason(),
                        a.startedAt(), a.endedAt()))
                .toList();
        return new Trial(trial.number(), trial.params(), trial.state(), negate(trial.value()), mirror(trial.reports()),
                trial.reason(), trial.createdAt(), trial.startedAt(), trial.endedAt(), attempts, trial.stopReason(),
                trial.worker(), trial.heartbeatAt());
    }

    /** {@code report} with its value negated. */
    public static Report mirror(Report report) {
        return new Report(report.step(), -report.value());
    }

    private static List<Report> mirror(List<Report> reports) {
        return reports.stream().map(HistoryLiteral::mirror).toList();
    }

    private static Double negate(Double value) {
        return value == null ? null : -value;
    }
}
