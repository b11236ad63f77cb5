package io.sparktune.dashboard.chart;

/**
 * The plot area of a chart with two axes: its size, the margins that hold the tick labels, and the
 * axes themselves (ticks, labels, light grid lines).
 *
 * @param width the whole chart's width, in SVG units
 * @param height the whole chart's height
 */
record Frame(int width, int height) {

    static final double LEFT = 56;
    static final double RIGHT = 14;
    static final double TOP = 14;
    static final double BOTTOM = 38;

    double left() {
        return LEFT;
    }

    double right() {
        return width - RIGHT;
    }

    double top() {
        return TOP;
    }

    double bottom() {
        return height - BOTTOM;
    }

    /** A horizontal scale across the plot area. */
    Scale x(double low, double high) {
        return Scale.linear(low, high, left(), right());
    }

    /** A vertical scale up the plot area (low values at the bottom). */
    Scale y(double low, double high) {
        return Scale.linear(low, high, bottom(), top());
    }

    /** A vertical scale up the plot area, on a log scale when the values are positive over decades. */
    Scale yFitting(double low, double high) {
        return Scale.fitting(low, high, bottom(), top());
    }

    /** Draws both axes with their ticks, labels and titles. */
    void axes(SvgWriter svg, Scale x, Scale y, String xTitle, String yTitle) {
        for (double tick : y.ticks(5)) {
            double py = y.map(tick);
            svg.line(left(), py, right(), py, SvgWriter.GRID_COLOUR, 1);
            svg.text(left() - 6, py + 4, "end", SvgWriter.TEXT_COLOUR, Numbers.format(tick));
        }
        for (double tick : x.ticks(6)) {
            double px = x.map(tick);
            svg.line(px, bottom(), px, bottom() + 4, SvgWriter.AXIS_COLOUR, 1);
            svg.text(px, bottom() + 16, "middle", SvgWriter.TEXT_COLOUR, Numbers.format(tick));
        }
        svg.line(left(), bottom(), right(), bottom(), SvgWriter.AXIS_COLOUR, 1);
        svg.line(left(), top(), left(), bottom(), SvgWriter.AXIS_COLOUR, 1);
        svg.text((left() + right()) / 2, height - 6, "middle", SvgWriter.TEXT_COLOUR, xTitle);
        svg.verticalText(12, (top() + bottom()) / 2, SvgWriter.TEXT_COLOUR, yTitle);
    }

    /** A chart that says there is nothing to draw yet. */
    String empty(String label, String message) {
        return new SvgWriter(width, height, label)
                .text(width / 2.0, height / 2.0, "middle", SvgWriter.TEXT_COLOUR, message).finish();
    }
}
