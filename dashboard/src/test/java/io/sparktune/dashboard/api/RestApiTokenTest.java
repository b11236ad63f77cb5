package io.sparktune.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.cluster.ControlPlane;
import io.sparktune.dashboard.data.ControlPlaneStudy;
import io.sparktune.dashboard.data.HazelcastStudyCatalog;
import io.sparktune.dashboard.server.AccessPolicy;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.DashboardServer;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.testing.LoopbackCluster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A dashboard with a token: every request of the API needs it as a bearer token. */
class RestApiTokenTest {

    private static final String MESSAGE = "this dashboard needs its token: send the header \"Authorization: Bearer TOKEN\"";

    private static LoopbackCluster cluster;
    private static HazelcastStudyCatalog catalog;
    private static DashboardServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        cluster = LoopbackCluster.start("rest-token", 1);
        ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson("guarded"));
        catalog = new HazelcastStudyCatalog(cluster.member(0));
        server = DashboardServer.start(new DashboardContext(catalog, AccessPolicy.withToken("s3cret"),
                Clock.systemUTC()), "127.0.0.1", ControlPlane.freeLoopbackPort());
        http = new Http(server.url());
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

    private static void refused(Http.Answer answer) {
        assertEquals(401, answer.status(), answer.body());
        assertTrue(answer.authenticate().startsWith("Bearer"), answer.authenticate());
        assertEquals(MESSAGE, answer.json().get("error").asText());
        assertEquals(401, answer.json().get("status").asInt());
    }

    @Test
    void withoutTheTokenEveryEndpointIs401() {
        for (String path : List.of("/api/studies", "/api/studies/guarded", "/api/studies/guarded/trials",
                "/api/studies/guarded/best", "/api/studies/nobody", "/api/nothing")) {
            refused(http.get(path));
        }
    }

    @Test
    void aWrongTokenOrSchemeIs401() {
        refused(http.get("/api/studies", "Authorization", "Bearer s3cre"));
        refused(http.get("/api/studies", "Authorization", "Basic czNjcmV0"));
        refused(http.get("/api/studies", "Authorization", "s3cret"));
    }

    @Test
    void theRightTokenOpensEveryEndpoint() {
        assertEquals(200, http.get("/api/studies", "Authorization", "Bearer s3cret").status());
        assertEquals(200, http.get("/api/studies/guarded", "Authorization", "bearer s3cret").status());
        assertEquals(404, http.get("/api/studies/guarded/best", "Authorization", "Bearer s3cret").status());
    }

    @Test
    void theStopIsRefusedWithoutTheTokenAndAcceptedWithIt() throws Exception {
        HazelcastStudies studies = new HazelcastStudies(cluster.member(0));
        try (var driver = studies.claimDriver("guarded", Duration.ZERO).orElseThrow()) {
            studies.markStarted("guarded", Instant.now());

            refused(http.post("/api/studies/guarded/stop"));
            assertTrue(studies.control("guarded").stopRequest().isEmpty(), "nothing was stopped");

            Http.Answer accepted = http.post("/api/studies/guarded/stop", "Authorization", "Bearer s3cret");
            assertEquals(202, accepted.status(), accepted.body());
            assertEquals(StudiesApi.STOP_REASON, studies.control("guarded").stopRequest().orElseThrow());
        }
    }
}
