package io.sparktune.dashboard.chart;

import static io.sparktune.dashboard.chart.Trials.count;
import static io.sparktune.dashboard.chart.Trials.polylinePoints;
import static io.sparktune.dashboard.chart.Trials.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BestSoFarChartTest {

    @Test
    void theLineStepsAtEachImprovementOnly() {
        History history = new History(Direction.MINIMIZE, List.of(
                trial(0, TrialState.COMPLETED, 0.5, Map.of()),
                trial(1, TrialState.COMPLETED, 0.7, Map.of()),
                trial(2, TrialState.PRUNED, 0.1, Map.of()),
                trial(3, TrialState.COMPLETED, 0.3, Map.of()),
                trial(4, TrialState.RUNNING, null, Map.of())));

        assertEquals(List.of(new Point(0, 0.5), new Point(3, 0.3)), BestSoFarChart.improvements(history));
        String svg = BestSoFarChart.svg(history);
        assertEquals(2, count(svg, "class=\"best-point\""));
        // (0, .5), (3, .5), (3, .3), then level to the last trial, 4
        assertEquals(4, polylinePoints(svg, "best-line"));
        assertTrue(svg.contains(">trial</text>"), "the x axis is titled");
        assertTrue(svg.contains(">best value</text>"), "the y axis is titled");
    }

    @Test
    void maximizingCountsHigherValuesAsBetter() {
        History history = new History(Direction.MAXIMIZE, List.of(
                trial(0, TrialState.COMPLETED, 0.5, Map.of()),
                trial(1, TrialState.COMPLETED, 0.4, Map.of()),
                trial(2, TrialState.COMPLETED, 0.9, Map.of())));
        assertEquals(List.of(new Point(0, 0.5), new Point(2, 0.9)), BestSoFarChart.improvements(history));
    }

    @Test
    void tenThousandTrialsDrawAtMostTwoHundredSteps() {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            trials.add(trial(i, TrialState.COMPLETED, 10_000.0 - i, Map.of()));
        }
        String svg = BestSoFarChart.svg(new History(Direction.MINIMIZE, trials));
        int points = count(svg, "class=\"best-point\"");
        assertTrue(points <= Thinning.MAX_POINTS && points > 150, "drew " + points);
        assertTrue(svg.contains("trial 9999: 1<"), "the last (best) improvement stays");
    }

    @Test
    void aStudyWithoutCompletedTrialsSaysSo() {
        String svg = BestSoFarChart.svg(History.empty(Direction.MINIMIZE));
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
        assertTrue(svg.contains("no completed trial yet"));
    }
}
