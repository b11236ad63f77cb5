package io.sparktune.dashboard.chart;

import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learning curves: the metric each trial reported against its step (epoch), one line per trial,
 * the selected trial drawn thick in the highlight colour. A pruned trial ends in a cross at its last
 * report: the rung where the scheduler stopped it. The metric is on a log scale when it is positive
 * and spans over an order of magnitude (see {@link Scale#fitting}). Each curve keeps at most
 * {@link Thinning#MAX_POINTS} points.
 */
public final class LearningCurvesChart {

    static final Frame FRAME = new Frame(480, 260);

    private LearningCurvesChart() {
    }

    /**
     * The curves of {@code trials} and of {@code selected} (may be {@code null}, or one of them), or a
     * note when none has reported yet.
     */
    public static String svg(List<Trial> trials, Trial selected) {
        Map<Integer, Trial> shown = new LinkedHashMap<>();
        trials.forEach(t -> shown.put(t.number(), t));
        if (selected != null) {
            shown.put(selected.number(), selected);
        }
        Map<Integer, List<Point>> curves = new LinkedHashMap<>();
        shown.values().forEach(t -> {
            if (!t.reports().isEmpty()) {
                curves.put(t.number(), Thinning.thin(points(t.reports()), Thinning.MAX_POINTS));
            }
        });
        if (curves.isEmpty()) {
            return FRAME.empty("learning curves", "no reports yet");
        }
        List<Point> all = curves.values().stream().flatMap(List::stream).toList();
        Scale x = FRAME.x(all.stream().mapToDouble(Point::x).min().orElseThrow(),
                all.stream().mapToDouble(Point::x).max().orElseThrow());
        Scale y = FRAME.yFitting(finite(all, true), finite(all, false));
        SvgWriter svg = new SvgWriter(FRAME.width(), FRAME.height(), "learning curves");
        FRAME.axes(svg, x, y, "step", "metric");
        int index = 0;
        Integer highlighted = selected == null ? null : selected.number();
        List<LegendEntry> legend = new ArrayList<>();
        for (Map.Entry<Integer, List<Point>> curve : curves.entrySet()) {
            Trial trial = shown.get(curve.getKey());
            boolean thick = curve.getKey().equals(highlighted);
            String colour = thick ? Palette.HIGHLIGHT : Palette.series(index++);
            draw(svg, trial, curve.getValue(), x, y, colour, thick);
            legend.add(new LegendEntry(colour, "#" + trial.number()));
        }
        drawLegend(svg, legend);
        return svg.finish();
    }

    private static void draw(SvgWriter svg, Trial trial, List<Point> curve, Scale x, Scale y, String colour,
            boolean thick) {
        List<Point> pixels = curve.stream().filter(p -> Double.isFinite(p.y()))
                .map(p -> new Point(x.map(p.x()), y.map(p.y()))).toList();
        svg.polyline(pixels, colour, thick ? 3 : 1.5, thick ? 1 : 0.85, thick ? "curve selected" : "curve")
                .endPolyline("trial " + trial.number() + " (" + trial.state().jsonName() + ")");
        Report last = trial.reports().get(trial.reports().size() - 1);
        if (trial.state() == TrialState.PRUNED && Double.isFinite(last.value())) {
            String why = trial.reason() != null ? trial.reason() : trial.stopReason();
            svg.cross(x.map(last.step()), y.map(last.value()), 4, colour, "rung",
                    "trial " + trial.number() + " pruned at step " + last.step() + (why != null ? ": " + why : ""));
        }
    }

    private static void drawLegend(SvgWriter svg, List<LegendEntry> entries) {
        double right = FRAME.right() - 4;
        double at = FRAME.top() + 10;
        for (LegendEntry entry : entries) {
            svg.text(right, at, "end", entry.colour(), entry.label());
            at += 13;
        }
    }

    /** One line of the legend: a trial's label in its curve's colour. */
    private record LegendEntry(String colour, String label) {
    }

    static List<Point> points(List<Report> reports) {
        List<Point> points = new ArrayList<>(reports.size());
        reports.forEach(r -> points.add(new Point(r.step(), r.value())));
        return points;
    }

    private static double finite(List<Point> points, boolean lowest) {
        return points.stream().mapToDouble(Point::y).filter(Double::isFinite)
                .reduce(lowest ? Math::min : Math::max).orElse(0);
    }
}
