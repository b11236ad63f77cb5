package io.sparktune.dashboard.ui;

import static io.sparktune.dashboard.ui.Snapshots.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeaderboardTest {

    private static final StudySnapshot SNAPSHOT = Snapshots.of("lb", List.of(
            trial(0, TrialState.COMPLETED, 0.30, 1e-3, "adam", 5),
            trial(1, TrialState.PRUNED, 0.90, 1e-1, "sgd", 1),
            trial(2, TrialState.COMPLETED, 0.10, 1e-2, "sgd", 5),
            trial(3, TrialState.RUNNING, null, 1e-4, "adam", 2),
            trial(4, TrialState.FAILED, null, 1e-5, "rmsprop", 0)));

    @Test
    void pagesComeRankedFromTheServerByDefault() {
        Leaderboard board = new Leaderboard(SNAPSHOT, Clock.systemUTC(), n -> { });
        assertEquals(List.of(2, 0, 1, 3, 4), numbers(board, 0, 50, List.of()));
        assertEquals(List.of(0, 1), numbers(board, 1, 2, List.of()), "a page is cut on the server");
    }

    @Test
    void theGridsSortIsTheCatalogsSort() {
        Leaderboard board = new Leaderboard(SNAPSHOT, Clock.systemUTC(), n -> { });
        assertEquals(List.of(4, 3, 0, 2, 1), numbers(board, 0, 50,
                List.of(new QuerySortOrder("params.lr", SortDirection.ASCENDING))));
        assertEquals(List.of(0, 2, 3, 1, 4), numbers(board, 0, 50,
                List.of(new QuerySortOrder("epochs", SortDirection.DESCENDING))));
    }

    @Test
    void theStateFilterIsAppliedOnTheServer() {
        Leaderboard board = new Leaderboard(SNAPSHOT, Clock.systemUTC(), n -> { });
        board.states().setValue(Set.of(TrialState.COMPLETED, TrialState.FAILED));
        assertEquals(3, board.grid().getDataProvider().size(new Query<>()));
        assertEquals(List.of(2, 0, 4), numbers(board, 0, 50, List.of()));
    }

    @Test
    void aFreshSnapshotIsWhatTheNextPageReads() {
        Leaderboard board = new Leaderboard(SNAPSHOT, Clock.systemUTC(), n -> { });
        List<Trial> more = new ArrayList<>(SNAPSHOT.history().trials());
        more.add(trial(5, TrialState.COMPLETED, 0.01, 0.5, "adam", 3));
        board.show(Snapshots.of("lb", more));
        assertEquals(6, board.grid().getDataProvider().size(new Query<>()));
        assertEquals(5, numbers(board, 0, 1, List.of()).get(0));
    }

    @Test
    void everyParameterHasASortableColumnAfterValue() {
        Grid<Trial> grid = new Leaderboard(SNAPSHOT, Clock.systemUTC(), n -> { }).grid();
        assertEquals(List.of("number", "state", "value", "param:lr", "param:optimizer", "epochs", "duration",
                "reason"), grid.getColumns().stream().map(Grid.Column::getKey).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> numbers(Leaderboard board, int offset, int limit, List<QuerySortOrder> sort) {
        DataProvider<Trial, Void> rows = (DataProvider<Trial, Void>) (DataProvider<Trial, ?>) board.grid()
                .getDataProvider();
        return rows.fetch(new Query<>(offset, limit, sort, null, null)).map(Trial::number).toList();
    }
}
