package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code sparktune best STUDY --server URL} against a stand-in for the dashboard that answers with
 * canned responses: what the client asks for and what it makes of each answer.
 */
class BestFromServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEST = """
            {"study":"digits net","direction":"maximize","trial":7,"value":0.97,"params":{"lr":0.01,"hidden":64},
             "studyFile":{"name":"digits net"}}
            """;

    private HttpServer stub;
    private String url;
    private final List<String> paths = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private volatile int status = 200;
    private volatile String body = BEST;

    @BeforeEach
    void start() throws IOException {
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", this::answer);
        stub.start();
        url = "http://127.0.0.1:" + stub.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        synchronized (paths) {
            paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        stub.stop(0);
    }

    @Test
    void printsTheBestAsTheDirectoryFormDoes() throws Exception {
        Cli.Result result = Cli.run("best", "digits net", "--server", url + "/");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(BEST))
                + System.lineSeparator(), result.out());
        assertEquals(List.of("GET /api/studies/digits%20net/best"), paths);
        assertEquals(1, authorizations.size());
        assertNull(authorizations.get(0), "no token, no header");
    }

    @Test
    void theTokenIsSentAsABearerToken() {
        Cli.Result result = Cli.run("best", "a/b é", "--server", url, "--token", "s3cret");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("GET /api/studies/a%2Fb%20%C3%A9/best"), paths);
        assertEquals(List.of("Bearer s3cret"), authorizations);
    }

    @Test
    void aNotFoundEndsWithTheServersMessage() {
        status = 404;
        body = "{\"error\":\"no completed trial yet in study digits\",\"status\":404}";

        Cli.Result result = Cli.run("best", "digits", "--server", url);

        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("no completed trial yet in study digits" + System.lineSeparator(), result.err());
        assertEquals("", result.out());
    }

    @Test
    void aMissingOrWrongTokenExitsTwoNamingTheFlag() {
        status = 401;
        body = "{\"error\":\"this dashboard needs its token\",\"status\":401}";

        Cli.Result missing = Cli.run("best", "digits", "--server", url);
        Cli.Result wrong = Cli.run("best", "digits", "--server", url, "--token", "guess");

        assertEquals(2, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("needs a token: give it with --token or in SPARKTUNE_TOKEN"),
                missing.toString());
        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().contains("refused the token: check --token"), wrong.toString());
    }

    @Test
    void anotherErrorOrSomethingElseThanJsonExitsOne() {
        status = 500;
        body = "<html>oops</html>";

        Cli.Result result = Cli.run("best", "digits", "--server", url);

        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("the dashboard at " + url + " answered 500 (is " + url + " a sparktune dashboard?)"
                + System.lineSeparator(), result.err());
    }

    @Test
    void anUnreachableServerExitsOne() {
        stub.stop(0);

        Cli.Result result = Cli.run("best", "digits", "--server", url);

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("cannot reach the dashboard at " + url + ": "), result.toString());
        assertEquals(1, result.err().lines().count(), result.toString());
    }

    @Test
    void aMalformedServerUrlExitsTwoNamingTheFlag() {
        for (String bad : List.of("127.0.0.1:8265", "ftp://host/", "http://", "http://host:80/?x=1", "not a url")) {
            Cli.Result result = Cli.run("best", "digits", "--server", bad);

            assertEquals(2, result.exitCode(), bad + ": " + result);
            assertEquals("--server: must be the dashboard's URL, such as http://127.0.0.1:8265, but got \"" + bad
                    + "\"" + System.lineSeparator(), result.err());
        }
        assertEquals(List.of(), paths);
    }

    @Test
    void aTokenWithoutAServerIsRefused() {
        Cli.Result result = Cli.run("best", "runs/x", "--token", "s3cret");

        assertEquals(2, result.exitCode(), result.toString());
        assertEquals("--token is for a dashboard: give --server URL too" + System.lineSeparator(), result.err());
    }
}
