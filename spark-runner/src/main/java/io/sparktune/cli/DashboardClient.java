package io.sparktune.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads from a dashboard's REST API ({@code docs/rest-api.md}) over HTTP, for commands run against
 * a control plane's dashboard. Its failures are {@link CliException}s with a message for the user.
 */
final class DashboardClient {

    static final String TOKEN_VARIABLE = "SPARKTUNE_TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DashboardClient(URI server, String token) {
        this.server = server;
        this.token = token;
    }

    /**
     * A client of the dashboard at {@code url} ({@code http://127.0.0.1:8265}), sending {@code token}
     * (or none when {@code null}).
     *
     * @throws CliException exit code 2 when {@code url} is not an http or https URL
     */
    static DashboardClient of(String url, String token) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                return new DashboardClient(uri, token == null || token.isBlank() ? null : token.strip());
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw CliException.badInput("--server: must be the dashboard's URL, such as http://127.0.0.1:8265,"
                + " but got \"" + url + "\"");
    }

    /** The dashboard's URL as given, without a trailing slash. */
    String url() {
        return server.toString();
    }

    /** {@code GET /api/studies/{id}/best}: the best configuration of study {@code id}, as best.json holds it. */
    JsonNode best(String id) {
        return get("/api/studies/" + segment(id) + "/best");
    }

    /** {@code id} as one path segment: percent-encoded, a space as {@code %20}. */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CliException.failure("cannot reach the dashboard at " + url() + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure("interrupted while asking the dashboard at " + url());
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--server: " + url() + " cannot be asked: " + e.getMessage());
        }
        return answer(response);
    }

    private JsonNode answer(HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status == 200 && body != null) {
            return body;
        }
        if (status == 401) {
            throw CliException.badInput("the dashboard at " + url() + (token == null
                    ? " needs a token: give it with --token or in " + TOKEN_VARIABLE
                    : " refused the token: check --token or " + TOKEN_VARIABLE));
        }
        String message = body != null && body.path("error").isTextual() ? body.get("error").asText() : null;
        if (status == 404 && message != null) {
            throw CliException.failure(message);
        }
        throw CliException.failure("the dashboard at " + url() + " answered " + status
                + (message != null ? ": " + message : status == 200 ? " with something other than JSON"
                : " (is " + url() + " a sparktune dashboard?)"));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = e.getCause();
            message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getClass().getSimpleName();
        }
        return message;
    }
}
