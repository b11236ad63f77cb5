package io.sparktune.dashboard.chart;

import java.util.List;

/**
 * Writes one {@code <svg>} element as text. The drawing scales to its container's width (the
 * {@code viewBox} keeps its proportions); colours come from Lumo's CSS properties where they can,
 * so the charts follow the page's theme.
 */
final class SvgWriter {

    static final String TEXT_COLOUR = "var(--lumo-secondary-text-color, #666)";
    static final String GRID_COLOUR = "var(--lumo-contrast-10pct, #e5e5e5)";
    static final String AXIS_COLOUR = "var(--lumo-contrast-50pct, #888)";

    private final StringBuilder out = new StringBuilder(4096);

    SvgWriter(int width, int height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\" font-family=\"var(--lumo-font-family, sans-serif)\" font-size=\"11\">");
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double width) {
        out.append("<line x1=\"").append(c(x1)).append("\" y1=\"").append(c(y1)).append("\" x2=\"").append(c(x2))
                .append("\" y2=\"").append(c(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(c(width)).append("\"/>");
        return this;
    }

    /** An open line through {@code pixels}; {@code cssClass} names it for tests and styling. */
    SvgWriter polyline(List<Point> pixels, String stroke, double width, double opacity, String cssClass) {
        out.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(c(width)).append("\" stroke-opacity=\"").append(c2(opacity))
                .append("\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < pixels.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(c(pixels.get(i).x())).append(',').append(c(pixels.get(i).y()));
        }
        out.append("\">");
        return this;
    }

    /** Ends a {@link #polyline} with a tooltip. */
    SvgWriter endPolyline(String title) {
        out.append("<title>").append(escape(title)).append("</title></polyline>");
        return this;
    }

    SvgWriter circle(double x, double y, double r, String fill, String stroke, String cssClass, String title) {
        out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(c(x)).append("\" cy=\"").append(c(y))
                .append("\" r=\"").append(c(r)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\">");
        if (title != null) {
            out.append("<title>").append(escape(title)).append("</title>");
        }
        out.append("</circle>");
        return this;
    }

    /**
     * Lines through {@code pixels}, broken where a point is {@code null} (a trial without that
     * parameter); {@code title} is its tooltip.
     */
    SvgWriter brokenLine(List<Point> pixels, String stroke, double width, double opacity, String cssClass,
            String title) {
        out.append("<path class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(c(width)).append("\" stroke-opacity=\"").append(c2(opacity))
                .append("\" d=\"");
        boolean pen = false;
        for (Point p : pixels) {
            if (p == null) {
                pen = false;
                continue;
            }
            out.append(pen ? 'L' : 'M').append(c(p.x())).append(',').append(c(p.y()));
            pen = true;
        }
        out.append("\"><title>").append(escape(title)).append("</title></path>");
        return this;
    }

    /** An x-shaped marker of half-size {@code r}. */
    SvgWriter cross(double x, double y, double r, String stroke, String cssClass, String title) {
        out.append("<path class=\"").append(cssClass).append("\" d=\"M").append(c(x - r)).append(',').append(c(y - r))
                .append("L").append(c(x + r)).append(',').append(c(y + r)).append("M").append(c(x - r)).append(',')
                .append(c(y + r)).append("L").append(c(x + r)).append(',').append(c(y - r)).append("\" stroke=\"")
                .append(stroke).append("\" stroke-width=\"2\" fill=\"none\"><title>").append(escape(title))
                .append("</title></path>");
        return this;
    }

    /** Text at ({@code x}, {@code y}); {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    SvgWriter text(double x, double y, String anchor, String fill, String text) {
        out.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>");
        return this;
    }

    /** Text turned a quarter left, for a vertical axis's title. */
    SvgWriter verticalText(double x, double y, String fill, String text) {
        out.append("<text transform=\"translate(").append(c(x)).append(',').append(c(y))
                .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"").append(fill).append("\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    String finish() {
        return out.append("</svg>").toString();
    }

    /** {@code text} safe inside SVG text and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }

    private static String c(double value) {
        return Numbers.coordinate(value);
    }

    private static String c2(double value) {
        return Numbers.format(value);
    }
}
