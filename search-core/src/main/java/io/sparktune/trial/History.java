package io.sparktune.trial;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a study's trials, in number order, with the direction that says which
 * values are better. Samplers and schedulers decide from a history and nothing else.
 */
public record History(Direction direction, List<Trial> trials) implements java.io.Serializable {

    public History {
        Objects.requireNonNull(direction, "direction");
        trials = List.copyOf(trials);
        for (int i = 0; i < trials.size(); i++) {
            if (trials.get(i).number() != i) {
                throw new IllegalArgumentException(
                        "trials must be numbered 0..n-1 in order, but trial at index " + i + " has number "
                                + trials.get(i).number());
            }
        }
    }

    public static History empty(Direction direction) {
        return new History(direction, List.of());
    }

    public int size() {
        return trials.size();
    }

    public Trial trial(int number) {
        return trials.get(number);
    }

    /** The trials in any of the given states, in number order. */
    public List<Trial> inState(TrialState... states) {
        List<TrialState> wanted = List.of(states);
        return trials.stream().filter(t -> wanted.contains(t.state())).toList();
    }

    public long count(TrialState state) {
        return trials.stream().filter(t -> t.state() == state).count();
    }

    /** The completed trials with a value. */
    public List<Trial> completed() {
        return trials.stream().filter(t -> t.state() == TrialState.COMPLETED && t.value() != null).toList();
    }

    /** The best completed trial; ties go to the lower number. */
    public Optional<Trial> best() {
        Comparator<Trial> byValue = Comparator.comparing(Trial::value, direction.better());
        return completed().stream().filter(t -> !t.value().isNaN())
                .min(byValue.thenComparingInt(Trial::number));
    }

    /** This history with {@code trial} added (a new number) or replaced (an existing one). */
    public History with(Trial trial) {
        List<Trial> next = new java.util.ArrayList<>(trials);
        if (trial.number() < next.size()) {
            next.set(trial.number(), trial);
        } else {
            next.add(trial);
        }
        return new History(direction, next);
    }
}
