package io.sparktune.dashboard.chart;

import java.util.Locale;

/** The colours of the charts: a few distinct ones for series, and a continuous map for values. */
final class Palette {

    private static final String[] SERIES = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#17becf"};

    /** The highlighted (selected) series. */
    static final String HIGHLIGHT = "#d62728";

    /**
     * Stops of the value map, from worst (0) to best (1): light yellow through green and teal to dark
     * purple (the viridis map, reversed), so the best lines stand out on a light page.
     */
    private static final int[][] STOPS = {{0xfd, 0xe7, 0x25}, {0x5d, 0xc8, 0x63}, {0x21, 0x90, 0x8d},
            {0x3b, 0x52, 0x8b}, {0x44, 0x01, 0x54}};

    private Palette() {
    }

    /** The colour of series {@code index}, repeating after six. */
    static String series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    /** The colour of {@code t} in {@code [0, 1]} (clamped): 0 the worst value (light), 1 the best (dark). */
    static String value(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double at = clamped * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(at));
        double f = at - i;
        int[] a = STOPS[i];
        int[] b = STOPS[i + 1];
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(a[0], b[0], f), mix(a[1], b[1], f), mix(a[2], b[2], f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
