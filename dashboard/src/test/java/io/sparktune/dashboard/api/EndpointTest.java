package io.sparktune.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void everyEndpointIsReadFromItsPath() {
        assertEquals(new Endpoint.Studies(), Endpoint.parse("/studies"));
        assertEquals(new Endpoint.Studies(), Endpoint.parse("/studies/"));
        assertEquals(new Endpoint.Study("digits"), Endpoint.parse("/studies/digits"));
        assertEquals(new Endpoint.Trials("digits"), Endpoint.parse("/studies/digits/trials"));
        assertEquals(new Endpoint.Trial("digits", 12), Endpoint.parse("/studies/digits/trials/12"));
        assertEquals(new Endpoint.Best("digits"), Endpoint.parse("/studies/digits/best"));
        assertEquals(new Endpoint.Stop("digits"), Endpoint.parse("/studies/digits/stop"));
    }

    @Test
    void theStopIsAPostAndTheRestAreGets() {
        assertEquals("POST", Endpoint.parse("/studies/s/stop").method());
        for (String path : List.of("/studies", "/studies/s", "/studies/s/trials", "/studies/s/trials/0",
                "/studies/s/best")) {
            assertEquals("GET", Endpoint.parse(path).method(), path);
        }
    }

    @Test
    void studyIdsArePercentDecodedOneSegmentAtATime() {
        assertEquals(new Endpoint.Best("my study"), Endpoint.parse("/studies/my%20study/best"));
        assertEquals(new Endpoint.Study("a/b"), Endpoint.parse("/studies/a%2Fb"));
        assertEquals(new Endpoint.Study("a+b"), Endpoint.parse("/studies/a+b"), "a plus sign is no space in a path");
        assertEquals(new Endpoint.Study("mnist-é"), Endpoint.parse("/studies/mnist-%C3%A9"));
        assertEquals(new Endpoint.Study("trials"), Endpoint.parse("/studies/trials"));
    }

    @Test
    void aPathThatNamesNoEndpointIs404() {
        for (String path : List.of("", "/", "/study", "/studies/s/nothing", "/studies//best", "/studies/s/best/1",
                "/studies/s/trials/1/reports")) {
            ApiException e = assertThrows(ApiException.class, () -> Endpoint.parse(path), path);
            assertEquals(404, e.status(), path);
            assertTrue(e.getMessage().startsWith("no such endpoint: /api" + path + " (the endpoints are"), e.getMessage());
        }
    }

    @Test
    void aTrialNumberThatIsNotOneIs400() {
        for (String n : List.of("x", "-1", "1.5", "99999999999")) {
            ApiException e = assertThrows(ApiException.class, () -> Endpoint.parse("/studies/s/trials/" + n));
            assertEquals(400, e.status());
            assertEquals("n: must be a trial number (0 or more), but got \"" + n + "\"", e.getMessage());
        }
    }

    @Test
    void aMalformedEscapeIs400() {
        for (String id : List.of("a%2", "a%zz", "%")) {
            ApiException e = assertThrows(ApiException.class, () -> Endpoint.parse("/studies/" + id));
            assertEquals(400, e.status());
            assertTrue(e.getMessage().contains("malformed percent escape"), e.getMessage());
        }
        ApiException notUtf8 = assertThrows(ApiException.class, () -> Endpoint.parse("/studies/%C3"));
        assertEquals("the path segment \"%C3\" is not UTF-8 once decoded", notUtf8.getMessage());
    }
}
