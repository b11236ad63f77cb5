package io.sparktune.dashboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.dashboard.data.ControlPlaneStudy;
import io.sparktune.dashboard.data.HazelcastStudyCatalog;
import io.sparktune.dashboard.server.AccessPolicy;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.DashboardServer;
import io.sparktune.study.Study;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages served by a real dashboard over a real control plane. Vaadin draws the views in the
 * browser, so this checks what the server answers; the browser test goes further.
 */
class DashboardPagesTest {

    private static LoopbackCluster cluster;
    private static HazelcastStudyCatalog catalog;
    private static DashboardServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        // The prebuilt front-end bundle is a production one; the build writes no flow-build-info.json
        // that would say so, so tell Vaadin here.
        System.setProperty("vaadin.productionMode", "true");
        cluster = LoopbackCluster.start("dash", 1);
        Study study = ControlPlaneStudy.create(cluster.member(0), ControlPlaneStudy.braninJson("pages"));
        Trial first = study.ask().orElseThrow();
        study.report(first.number(), 1, 12.0);
        study.tell(first.number(), TrialState.COMPLETED, 4.5, null);
        Trial second = study.ask().orElseThrow();
        study.report(second.number(), 1, 30.0);
        catalog = new HazelcastStudyCatalog(cluster.member(0));
        server = DashboardServer.start(new DashboardContext(catalog, AccessPolicy.open(), Clock.systemUTC()),
                LoopbackCluster.HOST, LoopbackCluster.freePort());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (catalog != null) {
            catalog.close();
        }
        cluster.close();
    }

    @Test
    void theStudiesPageIsVaadinsBootstrapPageWithOurShell() throws Exception {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("VAADIN/build/"), "the prebuilt front end is loaded");
        assertTrue(page.body().contains("<title>sparktune</title>"),
                "the app shell (found by the class-path scan) sets the title: " + page.body());
        assertTrue(page.body().contains(".dash-columns"), "the shell's styles are inlined");
    }

    @Test
    void studyAndTrialPagesAreServedToo() throws Exception {
        assertEquals(200, get("studies/pages").statusCode());
        assertEquals(200, get("studies/pages/trials/0").statusCode());
        assertEquals(200, get("login").statusCode());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
