package io.sparktune.dashboard.data;

import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Filters, sorts and pages a snapshot's trials on the server: the leaderboard's lazy grid and the
 * REST API's {@code /trials} both ask here, one query per page, never one per row.
 */
public final class TrialRows {

    private TrialRows() {
    }

    /** The page {@code query} asks for. */
    public static TrialPage query(StudySnapshot snapshot, TrialQuery query) {
        List<Trial> matching = snapshot.history().trials().stream()
                .filter(t -> query.states().isEmpty() || query.states().contains(t.state()))
                .sorted(comparator(query.sort(), snapshot.history().direction()))
                .toList();
        int from = (int) Math.min(matching.size(), (long) query.offset());
        int to = (int) Math.min(matching.size(), (long) from + query.limit());
        return new TrialPage(matching.subList(from, to), matching.size());
    }

    /** The order {@code sort} names; ties go by trial number, so every order is total and stable. */
    public static Comparator<Trial> comparator(TrialSort sort, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        Comparator<Trial> order = switch (sort.key()) {
            case "rank" -> rank(direction);
            case "number" -> Comparator.comparingInt(Trial::number);
            case "value" -> Comparator.comparing(Trial::value, Comparator.nullsLast(Comparator.naturalOrder()));
            case "state" -> Comparator.comparing(t -> t.state().jsonName());
            case "epochs" -> Comparator.comparingInt(t -> t.reports().size());
            case "duration" -> Comparator.comparing(TrialRows::duration, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> byParameter(sort.parameter());
        };
        if (sort.descending()) {
            order = order.reversed();
        }
        return order.thenComparingInt(Trial::number);
    }

    /** How long a trial ran: from its start to its end, or {@code null} while it has not both. */
    public static Duration duration(Trial trial) {
        if (trial.startedAt() == null || trial.endedAt() == null) {
            return null;
        }
        return Duration.between(trial.startedAt(), trial.endedAt());
    }

    /**
     * Best first: completed trials by value in the study's direction, then the others that have a
     * value (pruned ones, their last report), then those with none.
     */
    private static Comparator<Trial> rank(Direction direction) {
        Comparator<Double> better = direction == Direction.MINIMIZE ? Comparator.naturalOrder()
                : Comparator.reverseOrder();
        return Comparator.<Trial>comparingInt(t -> t.value() == null ? 2 : t.state() == TrialState.COMPLETED ? 0 : 1)
                .thenComparing(Trial::value, Comparator.nullsLast(better));
    }

    /** By a parameter's value: numbers by size, anything else by its text; trials without it last. */
    private static Comparator<Trial> byParameter(String name) {
        return Comparator.comparing((Trial t) -> t.params().get(name), Comparator.nullsLast(TrialRows::compareValues));
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Number) {
            return -1;
        }
        if (b instanceof Number) {
            return 1;
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
