package io.sparktune.dashboard.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps data values in {@code [low, high]} onto pixels in {@code [from, to]}, linearly or, for values
 * spread over decades (learning rates, a loss falling from 70 to 0.5), on a log scale. A domain of one value is widened so that it
 * sits in the middle.
 *
 * @param low the smallest data value
 * @param high the largest data value
 * @param from the pixel of {@code low}
 * @param to the pixel of {@code high}
 * @param log whether the scale is logarithmic (then {@code low > 0})
 */
public record Scale(double low, double high, double from, double to, boolean log) {

    /** How far apart positive values must be for {@link #fitting} to choose a log scale. */
    public static final double LOG_RATIO = 20;

    public Scale {
        if (!(low <= high)) {
            throw new IllegalArgumentException("low <= high must hold, but got low=" + low + ", high=" + high);
        }
        if (log && !(low > 0)) {
            throw new IllegalArgumentException("low > 0 must hold on a log scale, but got low=" + low);
        }
        if (low == high) {
            double pad = log ? 0 : Math.max(Math.abs(low) * 0.1, 1);
            low -= pad;
            high += pad;
            if (log) {
                low /= 10;
                high *= 10;
            }
        }
    }

    /** A linear scale over {@code [low, high]}. */
    public static Scale linear(double low, double high, double from, double to) {
        return new Scale(low, high, from, to, false);
    }

    /**
     * A log scale when every value is positive and the largest is {@value #LOG_RATIO} times the
     * smallest or more, else a linear one.
     */
    public static Scale fitting(double low, double high, double from, double to) {
        return new Scale(low, high, from, to, low > 0 && high / low >= LOG_RATIO);
    }

    /** The pixel of {@code value}. */
    public double map(double value) {
        double t = log ? (Math.log(value) - Math.log(low)) / (Math.log(high) - Math.log(low))
                : (value - low) / (high - low);
        return from + t * (to - from);
    }

    /** Round values inside the domain to label the axis with: about {@code count} of them. */
    public List<Double> ticks(int count) {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double d = Math.pow(10, Math.ceil(Math.log10(low))); d <= high * (1 + 1e-9); d *= 10) {
                ticks.add(d);
            }
            return ticks.isEmpty() ? List.of(low, high) : ticks;
        }
        double step = niceStep((high - low) / Math.max(1, count));
        for (double v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, near {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
        return nice * power;
    }
}
