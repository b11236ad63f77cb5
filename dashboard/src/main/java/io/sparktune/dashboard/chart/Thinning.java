package io.sparktune.dashboard.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reduces a long curve to a few hundred points for drawing: every k-th point, plus the first, the
 * last, the lowest and the highest, so that the curve keeps its ends and its extremes (the best
 * value, whichever the direction).
 */
public final class Thinning {

    /** The most points a curve keeps by default. */
    public static final int MAX_POINTS = 200;

    private Thinning() {
    }

    /**
     * {@code points} when they are at most {@code max}, otherwise at most {@code max} of them, in
     * their order.
     */
    public static List<Point> thin(List<Point> points, int max) {
        if (max < 4) {
            throw new IllegalArgumentException("max >= 4 must hold, but got max=" + max);
        }
        int n = points.size();
        if (n <= max) {
            return List.copyOf(points);
        }
        TreeSet<Integer> kept = new TreeSet<>(List.of(0, n - 1, extreme(points, true), extreme(points, false)));
        int room = max - kept.size();
        int step = (n + room - 1) / room;
        for (int i = step; i < n - 1 && kept.size() < max; i += step) {
            kept.add(i);
        }
        List<Point> thinned = new ArrayList<>(kept.size());
        kept.forEach(i -> thinned.add(points.get(i)));
        return thinned;
    }

    /** The index of the lowest ({@code lowest}) or highest y; the first of equals; NaN never wins. */
    static int extreme(List<Point> points, boolean lowest) {
        int best = 0;
        for (int i = 1; i < points.size(); i++) {
            double y = points.get(i).y();
            double b = points.get(best).y();
            if (Double.isNaN(b) || (lowest ? y < b : y > b)) {
                best = i;
            }
        }
        return best;
    }
}
