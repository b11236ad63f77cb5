package io.sparktune.dashboard.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * One vertical axis of a parallel-coordinates chart: a numeric parameter (on a linear or log
 * scale) or a categorical one (its values evenly spaced, in sorted order).
 */
sealed interface ParallelAxis {

    /** The axis's title. */
    String name();

    /** Where {@code value} sits, from 0 (bottom) to 1 (top), or NaN when it is not on this axis. */
    double position(Object value);

    /** Labels and their positions, bottom to top. */
    List<Tick> ticks();

    /** A label at a position from 0 (bottom) to 1 (top). */
    record Tick(double position, String label) {
    }

    /** The axis that fits {@code values} (a parameter's values over the trials drawn; nulls skipped). */
    static ParallelAxis of(String name, Collection<Object> values) {
        boolean numeric = values.stream().allMatch(v -> v instanceof Number);
        if (numeric) {
            double low = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).min().orElse(0);
            double high = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).max().orElse(1);
            return new Numeric(name, Scale.fitting(low, high, 0, 1));
        }
        TreeSet<String> categories = new TreeSet<>();
        values.forEach(v -> categories.add(String.valueOf(v)));
        return new Categorical(name, List.copyOf(categories));
    }

    /** A numeric axis. */
    record Numeric(String name, Scale scale) implements ParallelAxis {

        @Override
        public double position(Object value) {
            if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())
                    || (scale.log() && n.doubleValue() <= 0)) {
                return Double.NaN;
            }
            return scale.map(n.doubleValue());
        }

        @Override
        public List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            ticks.add(new Tick(0, Numbers.format(scale.low())));
            ticks.add(new Tick(1, Numbers.format(scale.high())));
            return ticks;
        }
    }

    /** A categorical axis: category {@code i} of {@code n} sits at {@code (i + 0.5) / n}. */
    record Categorical(String name, List<String> categories) implements ParallelAxis {

        @Override
        public double position(Object value) {
            int i = categories.indexOf(String.valueOf(value));
            return value == null || i < 0 ? Double.NaN : (i + 0.5) / categories.size();
        }

        @Override
        public List<Tick> ticks() {
            int n = categories.size();
            int every = Math.max(1, (n + 7) / 8);
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i < n; i += every) {
                ticks.add(new Tick((i + 0.5) / n, categories.get(i)));
            }
            return ticks;
        }
    }
}
