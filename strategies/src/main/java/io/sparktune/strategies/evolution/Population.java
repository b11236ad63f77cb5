package io.sparktune.strategies.evolution;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The population of regularized evolution, rebuilt from the history: the P most recently created
 * trials that count, newest first. A trial counts when it is
 * <ul>
 *   <li>COMPLETED with a finite value;</li>
 *   <li>PRUNED: ranked by its last finite report (or its value when it has no report);</li>
 *   <li>WAITING or RUNNING: a pending child, a member without a value.</li>
 * </ul>
 * FAILED and STALE trials, and completed ones without a finite value, do not count. Only the
 * trials back to the P-th one that counts are read, so the cost does not grow with the history.
 */
final class Population {

    private Population() {
    }

    /** The at most {@code size} most recent members of {@code history}, newest first. */
    static List<Member> latest(History history, int size) {
        List<Trial> trials = history.trials();
        List<Member> members = new ArrayList<>(Math.min(size, trials.size()));
        for (int i = trials.size() - 1; i >= 0 && members.size() < size; i--) {
            Trial t = trials.get(i);
            fitness(t, history.direction()).ifPresent(f -> members.add(new Member(t, f)));
        }
        return members;
    }

    /** How {@code trial} ranks, or empty when it does not count. */
    static Optional<Fitness> fitness(Trial trial, Direction direction) {
        return switch (trial.state()) {
            case COMPLETED -> trial.value() != null && Double.isFinite(trial.value())
                    ? Optional.of(Fitness.completed(direction.asLoss(trial.value())))
                    : Optional.empty();
            case PRUNED -> Optional.of(pruned(trial, direction));
            case WAITING, RUNNING -> Optional.of(Fitness.UNVALUED);
            case FAILED, STALE -> Optional.empty();
        };
    }

    private static Fitness pruned(Trial trial, Direction direction) {
        Optional<Report> last = trial.lastReport();
        if (last.isPresent() && Double.isFinite(last.get().value())) {
            return Fitness.pruned(last.get().step(), direction.asLoss(last.get().value()));
        }
        if (last.isEmpty() && trial.value() != null && Double.isFinite(trial.value())) {
            return Fitness.pruned(0, direction.asLoss(trial.value()));
        }
        return Fitness.UNVALUED;
    }
}
