package io.sparktune.dashboard.chart;

import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parameters against the objective (Inselberg, "The plane with parallel coordinates", The Visual
 * Computer 1(2), 1985): one vertical axis per parameter and a last one for the value; each
 * completed trial is a line across them, coloured from the worst value drawn (light) to the best
 * (dark), the best drawn last so they lie on top. At most {@code maxLines} trials are drawn, the
 * best ones.
 */
public final class ParallelCoordinatesChart {

    /** The most lines drawn by default. */
    public static final int MAX_LINES = 300;

    static final int WIDTH = 560;
    static final int HEIGHT = 260;
    static final double TOP = 34;
    static final double BOTTOM = 22;
    static final double SIDE = 40;
    static final String VALUE_AXIS = "value";

    private ParallelCoordinatesChart() {
    }

    /** The chart of {@code history}'s completed trials over {@code parameterNames}. */
    public static String svg(History history, List<String> parameterNames, int maxLines) {
        Comparator<Trial> bestFirst = Comparator.comparing(Trial::value, history.direction().better());
        List<Trial> drawn = history.completed().stream().filter(t -> Double.isFinite(t.value()))
                .sorted(bestFirst.thenComparingInt(Trial::number)).limit(maxLines).toList();
        if (drawn.isEmpty()) {
            return new Frame(WIDTH, HEIGHT).empty("parallel coordinates", "no completed trial yet");
        }
        List<ParallelAxis> axes = axes(drawn, parameterNames);
        SvgWriter svg = new SvgWriter(WIDTH, HEIGHT, "parallel coordinates");
        double best = drawn.get(0).value();
        double worst = drawn.get(drawn.size() - 1).value();
        for (int i = drawn.size() - 1; i >= 0; i--) {
            Trial t = drawn.get(i);
            double quality = best == worst ? 1 : (t.value() - worst) / (best - worst);
            svg.brokenLine(line(t, axes), Palette.value(quality), 1.2, 0.75, "pc-line",
                    "trial " + t.number() + ": " + Numbers.format(t.value()));
        }
        drawAxes(svg, axes);
        return svg.finish();
    }

    /** One axis per parameter that some drawn trial holds, then the value's. */
    static List<ParallelAxis> axes(List<Trial> drawn, List<String> parameterNames) {
        List<ParallelAxis> axes = new ArrayList<>();
        for (String name : parameterNames) {
            List<Object> values = new ArrayList<>(drawn.size());
            drawn.forEach(t -> {
                Object v = t.params().get(name);
                if (v != null) {
                    values.add(v);
                }
            });
            if (!values.isEmpty()) {
                axes.add(ParallelAxis.of(name, values));
            }
        }
        List<Object> values = new ArrayList<>(drawn.size());
        drawn.forEach(t -> values.add(t.value()));
        axes.add(ParallelAxis.of(VALUE_AXIS, values));
        return axes;
    }

    private static List<Point> line(Trial trial, List<ParallelAxis> axes) {
        List<Point> pixels = new ArrayList<>(axes.size());
        for (int i = 0; i < axes.size(); i++) {
            ParallelAxis axis = axes.get(i);
            Object value = VALUE_AXIS.equals(axis.name()) && i == axes.size() - 1 ? trial.value()
                    : trial.params().get(axis.name());
            double position = axis.position(value);
            pixels.add(Double.isNaN(position) ? null : new Point(x(i, axes.size()), y(position)));
        }
        return pixels;
    }

    private static void drawAxes(SvgWriter svg, List<ParallelAxis> axes) {
        for (int i = 0; i < axes.size(); i++) {
            double x = x(i, axes.size());
            ParallelAxis axis = axes.get(i);
            svg.line(x, y(0), x, y(1), SvgWriter.AXIS_COLOUR, 1);
            svg.text(x, TOP - 14, "middle", "var(--lumo-body-text-color, #222)", shorten(axis.name(), 16));
            for (ParallelAxis.Tick tick : axis.ticks()) {
                svg.text(x + 4, y(tick.position()) + 4, "start", SvgWriter.TEXT_COLOUR, shorten(tick.label(), 12));
            }
        }
    }

    private static double x(int index, int count) {
        return count == 1 ? WIDTH / 2.0 : SIDE + index * (WIDTH - 2 * SIDE) / (count - 1);
    }

    private static double y(double position) {
        return HEIGHT - BOTTOM - position * (HEIGHT - BOTTOM - TOP);
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
