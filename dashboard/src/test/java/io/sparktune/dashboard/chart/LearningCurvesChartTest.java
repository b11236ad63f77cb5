package io.sparktune.dashboard.chart;

import static io.sparktune.dashboard.chart.Trials.count;
import static io.sparktune.dashboard.chart.Trials.polylinePoints;
import static io.sparktune.dashboard.chart.Trials.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearningCurvesChartTest {

    @Test
    void eachTrialIsACurveAndPrunedOnesEndInARungMarker() {
        Trial best = trial(0, TrialState.COMPLETED, 0.2, Map.of(), 0.9, 0.5, 0.3, 0.2);
        Trial pruned = trial(1, TrialState.PRUNED, 0.8, Map.of(), 0.95, 0.8);
        Trial selected = trial(7, TrialState.RUNNING, null, Map.of(), 0.7, 0.6, 0.55);

        String svg = LearningCurvesChart.svg(List.of(best, pruned), selected);

        assertEquals(3, count(svg, "<polyline"));
        assertEquals(4, polylinePoints(svg, "curve"));
        assertEquals(3, polylinePoints(svg, "curve selected"));
        assertEquals(1, count(svg, "class=\"rung\""));
        assertTrue(svg.contains("trial 1 pruned at step 2: below the median"), "the rung says why");
        assertTrue(svg.contains(">#0</text>") && svg.contains(">#1</text>") && svg.contains(">#7</text>"),
                "a legend names each trial");
        assertTrue(svg.contains(">step</text>") && svg.contains(">metric</text>"), "the axes are titled");
    }

    @Test
    void theSelectedTrialAmongTheTopIsDrawnOnceHighlighted() {
        Trial best = trial(0, TrialState.COMPLETED, 0.2, Map.of(), 0.9, 0.2);
        String svg = LearningCurvesChart.svg(List.of(best), best);
        assertEquals(1, count(svg, "<polyline"));
        assertEquals(1, count(svg, "class=\"curve selected\""));
    }

    @Test
    void longCurvesAreThinned() {
        double[] curve = new double[5_000];
        for (int i = 0; i < curve.length; i++) {
            curve[i] = 1.0 / (i + 1);
        }
        String svg = LearningCurvesChart.svg(List.of(trial(0, TrialState.COMPLETED, 0.0002, Map.of(), curve)), null);
        assertTrue(polylinePoints(svg, "curve") <= Thinning.MAX_POINTS);
    }

    @Test
    void noReportsYetSaysSo() {
        String svg = LearningCurvesChart.svg(List.of(trial(0, TrialState.RUNNING, null, Map.of())), null);
        assertTrue(svg.contains("no reports yet"));
    }
}
