package io.sparktune.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparktune.dashboard.data.TrialQuery;
import io.sparktune.dashboard.data.TrialSort;
import io.sparktune.trial.TrialState;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrialQueryParamsTest {

    private static TrialQuery parse(Map<String, String[]> params) {
        return TrialQueryParams.parse(params);
    }

    private static ApiException refused(Map<String, String[]> params) {
        ApiException e = assertThrows(ApiException.class, () -> parse(params));
        assertEquals(400, e.status());
        return e;
    }

    @Test
    void noParametersMeanEveryTrialByRankAHundredAtATime() {
        assertEquals(new TrialQuery(Set.of(), TrialSort.RANK, 0, 100), parse(Map.of()));
    }

    @Test
    void everyParameterIsRead() {
        TrialQuery query = parse(Map.of("state", new String[] {"completed,PRUNED"}, "sort", new String[] {"-value"},
                "limit", new String[] {"50"}, "offset", new String[] {"10"}));

        assertEquals(new TrialQuery(Set.of(TrialState.COMPLETED, TrialState.PRUNED), new TrialSort("value", true), 10,
                50), query);
    }

    @Test
    void statesMayRepeatAndEmptyOnesAreIgnored() {
        assertEquals(Set.of(TrialState.RUNNING, TrialState.FAILED),
                parse(Map.of("state", new String[] {"running", "failed,"})).states());
        assertEquals(Set.of(), parse(Map.of("state", new String[] {""})).states());
    }

    @Test
    void parameterSortsAndTheLimitsBoundsAreAccepted() {
        assertEquals(new TrialSort("params.lr", false), parse(Map.of("sort", new String[] {"params.lr"})).sort());
        assertEquals(10_000, parse(Map.of("limit", new String[] {"10000"})).limit());
        assertEquals(0, parse(Map.of("limit", new String[] {"0"})).limit());
    }

    @Test
    void anUnknownStateNamesTheParameterAndTheStates() {
        assertEquals("state: unknown state \"runing\"; use waiting, running, completed, pruned, failed, stale",
                refused(Map.of("state", new String[] {"completed,runing"})).getMessage());
    }

    @Test
    void aBadSortNamesTheParameter() {
        assertEquals("sort: unknown sort key \"speed\": use rank, number, value, state, epochs, duration or"
                + " params.NAME, with a leading - for descending",
                refused(Map.of("sort", new String[] {"speed"})).getMessage());
    }

    @Test
    void badNumbersNameTheParameterAndTheRange() {
        assertEquals("limit: must be an integer from 0 to 10000, but got \"10001\"",
                refused(Map.of("limit", new String[] {"10001"})).getMessage());
        assertEquals("limit: must be an integer from 0 to 10000, but got \"-1\"",
                refused(Map.of("limit", new String[] {"-1"})).getMessage());
        assertEquals("offset: must be an integer from 0 to 2147483647, but got \"ten\"",
                refused(Map.of("offset", new String[] {"ten"})).getMessage());
        assertEquals("offset: must be an integer from 0 to 2147483647, but got \"99999999999\"",
                refused(Map.of("offset", new String[] {"99999999999"})).getMessage());
    }

    @Test
    void unknownAndRepeatedParametersAreRefused() {
        assertEquals("unknown parameter \"sate\": use state, sort, limit, offset",
                refused(Map.of("sate", new String[] {"completed"})).getMessage());
        assertEquals("limit: given 2 times; give it once",
                refused(Map.of("limit", new String[] {"1", "2"})).getMessage());
    }
}
