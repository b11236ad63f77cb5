package io.sparktune.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.dashboard.data.ControlPlaneStudy;
import io.sparktune.dashboard.data.HazelcastStudyCatalog;
import io.sparktune.dashboard.data.StudyPhase;
import io.sparktune.dashboard.server.AccessPolicy;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.DashboardServer;
import io.sparktune.json.BestJson;
import io.sparktune.json.TrialJson;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import io.sparktune.study.Study;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API of a running dashboard over a real control plane, called over HTTP. */
class RestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A study id that needs percent-encoding in a path. */
    private static final String ID = "branin rest é";
    private static final String PATH = "/api/studies/" + URLEncoder.encode(ID, StandardCharsets.UTF_8).replace("+", "%20");

    private static LoopbackCluster cluster;
    private static HazelcastStudyCatalog catalog;
    private static DashboardServer server;
    private static Http http;
    private static Study study;

    @BeforeAll
    static void start() {
        cluster = LoopbackCluster.start("rest", 1);
        study = ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson(ID));
        tell(TrialState.COMPLETED, 5.0);
        tell(TrialState.COMPLETED, 2.0);
        tell(TrialState.PRUNED, 9.0);
        tell(TrialState.COMPLETED, 7.0);
        Trial running = study.ask().orElseThrow();
        study.report(running.number(), 1, 4.0);
        new HazelcastStudies(cluster.member(0)).create(new StudyRecord("empty", Direction.MAXIMIZE,
                "{\"name\": \"empty\"}", Instant.now()));
        catalog = new HazelcastStudyCatalog(cluster.member(0));
        server = DashboardServer.start(new DashboardContext(catalog, AccessPolicy.open(), Clock.systemUTC()),
                "127.0.0.1", ControlPlane.freeLoopbackPort());
        http = new Http(server.url());
    }

    private static void tell(TrialState state, double value) {
        Trial trial = study.ask().orElseThrow();
        study.report(trial.number(), 1, value);
        study.tell(trial.number(), state, value, state == TrialState.PRUNED ? "pruned at rung 1" : null);
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (catalog != null) {
                catalog.close();
            }
            cluster.close();
        }
    }

    private static JsonNode ok(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        assertEquals("application/json;charset=utf-8", answer.contentType().replace(" ", "").toLowerCase());
        return answer.json();
    }

    private static void error(Http.Answer answer, int status, String message) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        assertEquals(message, answer.json().get("error").asText());
        assertEquals(status, answer.json().get("status").asInt());
    }

    @Test
    void theStudiesAreListedWithTheirCountsAndBest() {
        JsonNode studies = ok(http.get("/api/studies")).get("studies");

        JsonNode branin = null;
        for (JsonNode s : studies) {
            if (s.get("id").asText().equals(ID)) {
                branin = s;
            }
        }
        assertTrue(branin != null, studies.toString());
        assertEquals(5, branin.get("trials").asInt());
        assertEquals(20, branin.get("maxTrials").asInt());
        assertEquals(3, branin.get("counts").get("completed").asInt());
        assertEquals(1, branin.get("counts").get("pruned").asInt());
        assertEquals(1, branin.get("counts").get("running").asInt());
        assertEquals(2.0, branin.get("best").get("value").asDouble());
        assertEquals(1, branin.get("best").get("trial").asInt());
        assertEquals("idle", branin.get("phase").asText());
        assertEquals("minimize", branin.get("direction").asText());
        assertEquals("random", branin.get("strategy").asText());
        assertEquals("asha", branin.get("scheduler").asText());
        assertTrue(studies.findValuesAsText("id").contains("empty"));
    }

    @Test
    void aStudyHasItsSummaryParametersAndStudyFile() throws Exception {
        JsonNode study = ok(http.get(PATH));

        assertEquals(ID, study.get("id").asText());
        assertEquals(JSON.readTree("[\"x0\", \"x1\"]"), study.get("parameters"));
        assertEquals(JSON.readTree(ControlPlaneStudy.braninJson(ID)), study.get("study"));
        assertTrue(study.get("best").isObject());
        assertTrue(study.has("elapsedSeconds"));
    }

    @Test
    void trialsAreFilteredSortedAndPagedOnTheServer() {
        JsonNode byRank = ok(http.get(PATH + "/trials"));
        JsonNode done = ok(http.get(PATH + "/trials?state=completed,pruned&sort=-value&limit=2&offset=1"));
        JsonNode running = ok(http.get(PATH + "/trials?state=running"));

        assertEquals(5, byRank.get("total").asInt());
        assertEquals(0, byRank.get("offset").asInt());
        assertEquals(100, byRank.get("limit").asInt());
        assertEquals(List.of(1, 0, 3, 2, 4), numbers(byRank), "completed by value, then pruned, then running");
        assertEquals(4, done.get("total").asInt());
        assertEquals(List.of(3, 0), numbers(done), "values 9, 7, 5, 2 descending, from the second");
        assertEquals(List.of(4), numbers(running));
        assertEquals(trialJson(1), byRank.get("trials").get(0));
    }

    /** Trial {@code number}'s TrialJson, as a client reads it. */
    private static JsonNode trialJson(int number) {
        try {
            return JSON.readTree(TrialJson.toJson(catalog.snapshot(ID).orElseThrow().history().trial(number)).toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Integer> numbers(JsonNode page) {
        return page.get("trials").findValues("number").stream().map(JsonNode::asInt).toList();
    }

    @Test
    void oneTrialIsItsTrialJson() {
        JsonNode trial = ok(http.get(PATH + "/trials/2"));

        assertEquals(trialJson(2), trial);
        assertEquals("pruned", trial.get("state").asText());
        assertEquals("pruned at rung 1", trial.get("reason").asText());
    }

    @Test
    void theBestIsWhatBestJsonHolds() throws Exception {
        Http.Answer answer = http.get(PATH + "/best");
        JsonNode best = ok(answer);

        Trial expected = catalog.snapshot(ID).orElseThrow().history().trial(1);
        JsonNode bestJson = BestJson.of(ID, Direction.MINIMIZE, expected,
                JSON.readTree(ControlPlaneStudy.braninJson(ID)));
        assertEquals(bestJson, best);
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bestJson) + "\n", answer.body(),
                "written as best.json is");
        assertEquals(1, best.get("trial").asInt());
        assertEquals(2.0, best.get("value").asDouble());
        assertEquals(ID, best.get("studyFile").get("name").asText());
    }

    @Test
    void aStudyWithNoCompletedTrialHasNoBest() {
        error(http.get("/api/studies/empty/best"), 404, "no completed trial yet in study empty");
    }

    @Test
    void unknownStudiesTrialsAndPathsAre404() {
        String unknown = "no study named \"nobody\" (GET /api/studies lists them)";
        error(http.get("/api/studies/nobody"), 404, unknown);
        error(http.get("/api/studies/nobody/trials"), 404, unknown);
        error(http.get("/api/studies/nobody/best"), 404, unknown);
        error(http.post("/api/studies/nobody/stop"), 404, unknown);
        error(http.get(PATH + "/trials/99"), 404, "no trial 99 in study " + ID + " (it has 5 trials)");
        assertEquals(404, http.get("/api/nothing").status());
        assertTrue(http.get("/api/studies/x/y").json().get("error").asText().startsWith("no such endpoint"));
    }

    @Test
    void badParametersAre400AndNameTheParameter() {
        error(http.get(PATH + "/trials?state=runing"), 400,
                "state: unknown state \"runing\"; use waiting, running, completed, pruned, failed, stale");
        assertTrue(http.get(PATH + "/trials?sort=speed").json().get("error").asText().startsWith("sort: "));
        error(http.get(PATH + "/trials?limit=20000"), 400, "limit: must be an integer from 0 to 10000, but got \"20000\"");
        assertTrue(http.get(PATH + "/trials?offset=-1").json().get("error").asText().startsWith("offset: "));
        error(http.get(PATH + "/trials/two"), 400, "n: must be a trial number (0 or more), but got \"two\"");
    }

    @Test
    void theWrongMethodIs405() {
        error(http.post(PATH + "/best"), 405, "POST is not allowed here: use GET");
        error(http.get(PATH + "/stop"), 405, "GET is not allowed here: use POST");
        error(http.send("DELETE", "/api/studies"), 405, "DELETE is not allowed here: use GET");
    }

    @Test
    void aStopIsRequestedOnceForARunningStudy() throws Exception {
        ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson("to stop"));
        HazelcastStudies studies = new HazelcastStudies(cluster.member(0));
        error(http.post("/api/studies/to%20stop/stop"), 409,
                "study to stop is not running: it has ended, no driver has started it, or a stop was already requested");
        try (var driver = studies.claimDriver("to stop", Duration.ZERO).orElseThrow()) {
            studies.markStarted("to stop", Instant.now());
            waitFor(() -> catalog.snapshot("to stop").orElseThrow().summary().phase() == StudyPhase.RUNNING);

            Http.Answer first = http.post("/api/studies/to%20stop/stop");
            Http.Answer second = http.post("/api/studies/to%20stop/stop");

            assertEquals(202, first.status(), first.body());
            assertEquals(JSON.readTree("{\"study\":\"to stop\",\"result\":\"requested\"}"), first.json());
            assertEquals(409, second.status(), second.body());
            assertEquals("already_ended", second.json().get("result").asText());
            assertEquals(StudyPhase.STOPPING, catalog.snapshot("to stop").orElseThrow().summary().phase());
            assertEquals(StudiesApi.STOP_REASON, studies.control("to stop").stopRequest().orElseThrow());
        }
    }

    @Test
    void aPostFromAPageOfAnotherOriginIsRefused() {
        Http.Answer answer = http.post("/api/studies/empty/stop", "Origin", "http://evil.example");

        error(answer, 403, "refused: the request comes from a page of another origin (http://evil.example)");
    }

    @Test
    void withNoTokenConfiguredNoneIsAsked() {
        Http.Answer answer = http.get("/api/studies");

        assertEquals(200, answer.status());
        assertNull(answer.authenticate());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "the catalog saw the change");
    }
}
