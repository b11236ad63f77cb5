package io.sparktune.dashboard.chart;

import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Trials written out for chart tests. */
final class Trials {

    static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private Trials() {
    }

    /** A trial of {@code state} with {@code value}, {@code params} and reports {@code curve} at steps 1, 2, ... */
    static Trial trial(int number, TrialState state, Double value, Map<String, Object> params, double... curve) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < curve.length; i++) {
            reports.add(new Report(i + 1, curve[i]));
        }
        return new Trial(number, params, state, value, reports, state == TrialState.PRUNED ? "below the median" : null,
                T0, T0, state.isFinished() ? T0.plusSeconds(10) : null, List.of(), null, null, T0);
    }

    static int count(String svg, String needle) {
        int count = 0;
        for (int i = svg.indexOf(needle); i >= 0; i = svg.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    /** The number of points of the first polyline of class {@code cssClass}. */
    static int polylinePoints(String svg, String cssClass) {
        int start = svg.indexOf("<polyline class=\"" + cssClass + "\"");
        int points = svg.indexOf("points=\"", start) + 8;
        String list = svg.substring(points, svg.indexOf('"', points)).trim();
        return list.isEmpty() ? 0 : list.split(" ").length;
    }
}
