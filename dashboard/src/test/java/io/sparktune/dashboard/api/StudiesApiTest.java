package io.sparktune.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.dashboard.server.AccessPolicy;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.json.BestJson;
import io.sparktune.json.TrialJson;
import io.sparktune.trial.Direction;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudiesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeCatalog catalog = new FakeCatalog().with(Snapshots.running("s")).with(Snapshots.idle("i"));
    private final StudiesApi api = new StudiesApi(new DashboardContext(catalog, AccessPolicy.open(),
            Clock.fixed(Snapshots.T0.plusSeconds(30), ZoneOffset.UTC)));

    private ApiResponse get(String path) {
        return api.answer("GET", Endpoint.parse(path), Map.of());
    }

    private ApiException refused(String method, String path, Map<String, String[]> params) {
        return assertThrows(ApiException.class, () -> api.answer(method, Endpoint.parse(path), params));
    }

    @Test
    void theStudiesAreListedInTheCatalogsOrder() {
        ApiResponse response = get("/studies");

        assertEquals(200, response.status());
        assertEquals(List.of("s", "i"), response.body().get("studies").findValuesAsText("id"));
        assertEquals(30.0, response.body().get("studies").get(0).get("elapsedSeconds").asDouble());
    }

    @Test
    void trialsArePagedInTheOrderAsked() {
        ApiResponse response = api.answer("GET", Endpoint.parse("/studies/s/trials"),
                Map.of("state", new String[] {"completed,pruned"}, "sort", new String[] {"-value"},
                        "limit", new String[] {"2"}));

        assertEquals(3, response.body().get("total").asInt());
        assertEquals(List.of(0, 1), response.body().get("trials").findValues("number").stream()
                .map(n -> n.asInt()).toList());
    }

    @Test
    void oneTrialIsItsTrialJson() {
        assertEquals(TrialJson.toJson(Snapshots.running("s").history().trial(2)), get("/studies/s/trials/2").body());
        ApiException missing = refused("GET", "/studies/s/trials/4", Map.of());
        assertEquals(404, missing.status());
        assertEquals("no trial 4 in study s (it has 4 trials)", missing.getMessage());
    }

    @Test
    void theBestIsBestJsonWithTheStudyFile() throws Exception {
        var snapshot = Snapshots.running("s");

        assertEquals(BestJson.of("s", Direction.MINIMIZE, snapshot.history().trial(1),
                JSON.readTree(Snapshots.STUDY_JSON)), get("/studies/s/best").body());
        ApiException none = refused("GET", "/studies/i/best", Map.of());
        assertEquals(404, none.status());
        assertEquals("no completed trial yet in study i", none.getMessage());
    }

    @Test
    void aStopIsAcceptedForARunningStudyOnly() {
        ApiResponse accepted = api.answer("POST", Endpoint.parse("/studies/s/stop"), Map.of());
        ApiResponse conflict = api.answer("POST", Endpoint.parse("/studies/i/stop"), Map.of());

        assertEquals(202, accepted.status());
        assertEquals("{\"study\":\"s\",\"result\":\"requested\"}", accepted.body().toString());
        assertEquals(List.of("s: " + StudiesApi.STOP_REASON), catalog.stops);
        assertEquals(409, conflict.status());
        assertEquals("already_ended", conflict.body().get("result").asText());
        assertEquals(409, conflict.body().get("status").asInt());
        assertEquals(404, refused("POST", "/studies/nobody/stop", Map.of()).status());
    }

    @Test
    void anUnknownStudyIs404() {
        for (String path : List.of("/studies/nobody", "/studies/nobody/trials", "/studies/nobody/trials/0",
                "/studies/nobody/best")) {
            ApiException e = refused("GET", path, Map.of());
            assertEquals(404, e.status(), path);
            assertEquals("no study named \"nobody\" (GET /api/studies lists them)", e.getMessage());
        }
    }

    @Test
    void theWrongMethodIs405AndParametersWhereNoneAreTakenAre400() {
        ApiException post = refused("POST", "/studies/s", Map.of());
        ApiException get = refused("GET", "/studies/s/stop", Map.of());
        ApiException param = refused("GET", "/studies/s/best", Map.of("limit", new String[] {"1"}));

        assertEquals(405, post.status());
        assertEquals("POST is not allowed here: use GET", post.getMessage());
        assertEquals(405, get.status());
        assertEquals("GET is not allowed here: use POST", get.getMessage());
        assertEquals(400, param.status());
        assertEquals("unknown parameter \"limit\": this endpoint takes none", param.getMessage());
        assertEquals(List.of(), catalog.stops);
    }
}
