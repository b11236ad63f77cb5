package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.sparktune.dashboard.chart.BestSoFarChart;
import io.sparktune.dashboard.chart.LearningCurvesChart;
import io.sparktune.dashboard.chart.ParallelCoordinatesChart;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.data.TrialQuery;
import io.sparktune.dashboard.data.TrialRows;
import io.sparktune.dashboard.data.TrialSort;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The charts beside the leaderboard, drawn on the server as SVG: the best value so far, the learning
 * curves of the top trials, and parameters against the objective. Redrawn from each fresh snapshot,
 * in time linear in the trials (plus one sort for the top few).
 */
final class StudyCharts extends Div {

    /** How many of the best trials the learning curves show. */
    static final int TOP = 5;

    /** How many of the best pruned trials the learning curves add, to show the rungs where trials stopped. */
    static final int TOP_PRUNED = 3;

    private final Svg bestSoFar = new Svg();
    private final Svg learningCurves = new Svg();
    private final Svg parallel = new Svg();

    StudyCharts() {
        addClassName("dash-charts");
        add(card("best-so-far", "Best value so far", bestSoFar),
                card("learning-curves", "Learning curves: the top " + TOP + " trials and the best pruned ones (×: "
                        + "where they stopped)", learningCurves),
                card("parallel-coordinates", "Parameters against the objective", parallel));
    }

    /** Draws {@code snapshot}. */
    void show(StudySnapshot snapshot) {
        bestSoFar.setSvg(BestSoFarChart.svg(snapshot.history()));
        List<Trial> shown = new ArrayList<>(top(snapshot, TOP));
        TrialRows.query(snapshot, new TrialQuery(Set.of(TrialState.PRUNED), TrialSort.RANK, 0, TOP_PRUNED)).trials()
                .stream().filter(t -> !shown.contains(t)).forEach(shown::add);
        learningCurves.setSvg(LearningCurvesChart.svg(shown, null));
        parallel.setSvg(ParallelCoordinatesChart.svg(snapshot.history(), snapshot.parameterNames(),
                ParallelCoordinatesChart.MAX_LINES));
    }

    /** The {@code count} best trials by rank. */
    static List<Trial> top(StudySnapshot snapshot, int count) {
        return TrialRows.query(snapshot, new TrialQuery(Set.of(), TrialSort.RANK, 0, count)).trials();
    }

    static Div card(String id, String title, Svg chart) {
        Div card = new Div(new H3(title), chart);
        card.setId(id);
        card.addClassName("dash-card");
        return card;
    }
}
