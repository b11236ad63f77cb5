package io.sparktune.dashboard.ui;

import static io.sparktune.dashboard.ui.Snapshots.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.data.TrialSort;
import io.sparktune.trial.TrialState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpersTest {

    @Test
    void gridSortOrdersBecomeTrialSorts() {
        assertEquals(TrialSort.RANK, SortMapping.toTrialSort(List.of()));
        assertEquals(TrialSort.parse("-value"),
                SortMapping.toTrialSort(List.of(new QuerySortOrder("value", SortDirection.DESCENDING))));
        assertEquals(TrialSort.parse("params.lr"), SortMapping.toTrialSort(
                List.of(new QuerySortOrder(SortMapping.parameterProperty("lr"), SortDirection.ASCENDING))));
        assertEquals(TrialSort.RANK,
                SortMapping.toTrialSort(List.of(new QuerySortOrder("bogus", SortDirection.ASCENDING))));
    }

    @Test
    void valuesTimesAndProgressAreWrittenShort() {
        assertEquals("—", Formats.value(null));
        assertEquals("0.9731", Formats.value(0.97314));
        assertEquals("3", Formats.param(3L));
        assertEquals("0.001", Formats.param(1e-3));
        assertEquals("adam", Formats.param("adam"));
        assertEquals("850 ms", Formats.duration(Duration.ofMillis(850)));
        assertEquals("12.3 s", Formats.duration(Duration.ofMillis(12_340)));
        assertEquals("4m 05s", Formats.duration(Duration.ofSeconds(245)));
        assertEquals("2h 03m", Formats.duration(Duration.ofMinutes(123)));
        assertEquals("2024-05-01 12:00:03", Formats.instant(Instant.parse("2024-05-01T12:00:03Z"), ZoneOffset.UTC));
        assertEquals("12 / 30", Formats.progress(12, 30));
        assertEquals("12", Formats.progress(12, null));
    }

    @Test
    void badgesFollowTheState() {
        assertEquals("badge success", Badges.theme(TrialState.COMPLETED));
        assertEquals("badge error", Badges.theme(TrialState.FAILED));
        assertEquals("badge", Badges.theme(TrialState.RUNNING));
    }

    @Test
    void theSummaryLineCountsTrialsByState() {
        StudySnapshot snapshot = Snapshots.of("line", List.of(trial(0, TrialState.COMPLETED, 0.25, 0.1, "a", 1),
                trial(1, TrialState.PRUNED, 0.5, 0.1, "a", 1), trial(2, TrialState.RUNNING, null, 0.1, "a", 1)));
        assertEquals("running · 3 trials of 30 · 1 running · 1 completed · 1 pruned · best 0.25 (#0) · minimize"
                + " · tpe + asha", StudySummaryLine.of(snapshot.summary()));
    }

    @Test
    void theBestConfigurationIsBestJsonsContent() throws Exception {
        StudySnapshot snapshot = Snapshots.of("digits", List.of(trial(0, TrialState.COMPLETED, 0.25, 0.01, "adam", 2),
                trial(1, TrialState.COMPLETED, 0.125, 0.001, "sgd", 2)));
        String json = BestConfig.json(snapshot).orElseThrow();
        assertEquals(new ObjectMapper().readTree("{\"study\":\"digits\",\"direction\":\"minimize\",\"trial\":1,"
                + "\"value\":0.125,\"params\":{\"lr\":0.001,\"optimizer\":\"sgd\"},\"studyFile\":{\"name\":\"digits\"}}"),
                new ObjectMapper().readTree(json));
        assertTrue(json.contains("\n"), "pretty-printed, as best.json is");
        assertTrue(BestConfig.json(Snapshots.of("none", List.of())).isEmpty());
    }

    @Test
    void studyIdsInTheUrlAreDecoded() {
        assertEquals("browser study", StudyView.idOf(new RouteParameters(Map.of("id", "browser%20study"))));
        assertEquals("browser study", StudyView.idOf(new RouteParameters(Map.of("id", "browser study"))));
        assertEquals("a+b", StudyView.idOf(new RouteParameters(Map.of("id", "a+b"))));
        assertEquals("100%", StudyView.idOf(new RouteParameters(Map.of("id", "100%"))));
    }

    @Test
    void theTrialPageSaysWhyATrialEnded() {
        assertEquals("Pruned after 1 report: rung 1: not in the top 1/3",
                TrialEnding.of(trial(1, TrialState.PRUNED, 0.9, 0.1, "a", 1), ZoneOffset.UTC));
        assertEquals("Completed with value 0.25 after 2 reports.",
                TrialEnding.of(trial(0, TrialState.COMPLETED, 0.25, 0.1, "a", 2), ZoneOffset.UTC));
    }
}
