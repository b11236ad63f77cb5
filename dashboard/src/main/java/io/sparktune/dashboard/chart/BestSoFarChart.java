package io.sparktune.dashboard.chart;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.ArrayList;
import java.util.List;

/**
 * The best value so far against the trial number: a step line that moves only when a completed
 * trial beats every one before it, with a dot on each such trial; on a log scale when the values
 * are positive and far apart (see {@link Scale#fitting}). One pass over the trials.
 */
public final class BestSoFarChart {

    static final Frame FRAME = new Frame(480, 240);

    private BestSoFarChart() {
    }

    /** The chart of {@code history}, or a note when no trial has completed yet. */
    public static String svg(History history) {
        List<Point> improvements = improvements(history);
        if (improvements.isEmpty()) {
            return FRAME.empty("best value so far", "no completed trial yet");
        }
        int last = history.size() - 1;
        improvements = Thinning.thin(improvements, Thinning.MAX_POINTS);
        double low = improvements.stream().mapToDouble(Point::y).min().orElseThrow();
        double high = improvements.stream().mapToDouble(Point::y).max().orElseThrow();
        Scale x = FRAME.x(0, Math.max(1, last));
        Scale y = FRAME.yFitting(low, high);
        SvgWriter svg = new SvgWriter(FRAME.width(), FRAME.height(), "best value so far");
        FRAME.axes(svg, x, y, "trial", "best value");
        svg.polyline(steps(improvements, last, x, y), Palette.series(0), 2, 1, "best-line")
                .endPolyline("best value so far");
        for (Point p : improvements) {
            svg.circle(x.map(p.x()), y.map(p.y()), 3, Palette.series(0), "white", "best-point",
                    "trial " + (long) p.x() + ": " + Numbers.format(p.y()));
        }
        return svg.finish();
    }

    /** The completed trials that beat every completed trial before them, as (number, value). */
    static List<Point> improvements(History history) {
        Direction direction = history.direction();
        List<Point> points = new ArrayList<>();
        Double best = null;
        for (Trial t : history.trials()) {
            if (t.state() == TrialState.COMPLETED && t.value() != null && !t.value().isNaN()
                    && (best == null || direction.isBetter(t.value(), best))) {
                best = t.value();
                points.add(new Point(t.number(), best));
            }
        }
        return points;
    }

    /** The step line in pixels: level until the next improvement, then straight to it; on to {@code last}. */
    static List<Point> steps(List<Point> improvements, int last, Scale x, Scale y) {
        List<Point> pixels = new ArrayList<>(improvements.size() * 2 + 1);
        for (int i = 0; i < improvements.size(); i++) {
            Point p = improvements.get(i);
            if (i > 0) {
                pixels.add(new Point(x.map(p.x()), y.map(improvements.get(i - 1).y())));
            }
            pixels.add(new Point(x.map(p.x()), y.map(p.y())));
        }
        Point end = improvements.get(improvements.size() - 1);
        if (last > end.x()) {
            pixels.add(new Point(x.map(last), y.map(end.y())));
        }
        return pixels;
    }
}
