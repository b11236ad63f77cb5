package io.sparktune.dashboard.chart;

import static io.sparktune.dashboard.chart.Trials.count;
import static io.sparktune.dashboard.chart.Trials.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParallelCoordinatesChartTest {

    @Test
    void oneAxisPerParameterPlusTheValueAndOneLinePerCompletedTrial() {
        History history = new History(Direction.MAXIMIZE, List.of(
                trial(0, TrialState.COMPLETED, 0.9, Map.of("lr", 1e-3, "optimizer", "adam", "layers", 2L)),
                trial(1, TrialState.COMPLETED, 0.7, Map.of("lr", 1e-1, "optimizer", "sgd", "layers", 3L)),
                trial(2, TrialState.PRUNED, 0.1, Map.of("lr", 1e-2, "optimizer", "sgd", "layers", 1L)),
                trial(3, TrialState.COMPLETED, 0.8, Map.of("lr", 1e-5, "optimizer", "rmsprop", "layers", 1L))));

        String svg = ParallelCoordinatesChart.svg(history, List.of("lr", "optimizer", "layers"), 300);

        assertEquals(3, count(svg, "class=\"pc-line\""));
        for (String title : List.of(">lr<", ">optimizer<", ">layers<", ">value<")) {
            assertTrue(svg.contains(title), title);
        }
        assertTrue(svg.contains(">adam<") && svg.contains(">rmsprop<") && svg.contains(">sgd<"), "categories");
        int worst = svg.indexOf("trial 1: 0.7");
        int best = svg.indexOf("trial 0: 0.9");
        assertTrue(worst >= 0 && worst < best, "the best line is drawn last, on top");
    }

    @Test
    void axesFitTheirParameters() {
        List<Trial> drawn = List.of(
                trial(0, TrialState.COMPLETED, 1.0, Map.of("lr", 1e-5, "act", "relu")),
                trial(1, TrialState.COMPLETED, 2.0, Map.of("lr", 1e-1, "act", "tanh")));
        List<ParallelAxis> axes = ParallelCoordinatesChart.axes(drawn, List.of("lr", "act", "missing"));
        assertEquals(List.of("lr", "act", "value"), axes.stream().map(ParallelAxis::name).toList());
        assertTrue(((ParallelAxis.Numeric) axes.get(0)).scale().log(), "learning rates over decades: log");
        ParallelAxis.Categorical act = assertInstanceOf(ParallelAxis.Categorical.class, axes.get(1));
        assertEquals(0.25, act.position("relu"), 1e-9);
        assertEquals(0.75, act.position("tanh"), 1e-9);
        assertTrue(Double.isNaN(act.position("gelu")));
    }

    @Test
    void atMostMaxLinesAreDrawnTheBestOnes() {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            trials.add(trial(i, TrialState.COMPLETED, (double) i, Map.of("x", (double) (i % 97))));
        }
        String svg = ParallelCoordinatesChart.svg(new History(Direction.MINIMIZE, trials), List.of("x"), 300);
        assertEquals(300, count(svg, "class=\"pc-line\""));
        assertTrue(svg.contains("trial 0: 0<") && svg.contains("trial 299: 299<"));
        assertTrue(!svg.contains("trial 300: "), "the 301st best is left out");
    }

    @Test
    void aTrialWithoutAParameterBreaksItsLine() {
        History history = new History(Direction.MINIMIZE, List.of(
                trial(0, TrialState.COMPLETED, 1.0, Map.of("a", 1.0, "b", 2.0)),
                trial(1, TrialState.COMPLETED, 2.0, Map.of("b", 3.0))));
        String svg = ParallelCoordinatesChart.svg(history, List.of("a", "b"), 300);
        int line = svg.indexOf("trial 1: 2<");
        String d = svg.substring(svg.lastIndexOf(" d=\"", line), line);
        assertEquals(1, count(d, "M") , d);
        assertEquals(1, count(d, "L"), "only b to value is drawn: " + d);
    }
}
