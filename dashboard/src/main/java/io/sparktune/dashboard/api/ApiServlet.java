package io.sparktune.dashboard.api;

import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.Dashboards;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API under {@code /api} (see {@code docs/rest-api.md}), over the context of this JVM's
 * dashboard ({@link Dashboards#current()}). Every answer is JSON, errors included:
 * {@code {"error": "...", "status": 404}}.
 *
 * <p>With a token configured, every request must carry {@code Authorization: Bearer TOKEN}. A
 * {@code POST} that a browser sends from a page of another origin is refused, so that a web page
 * cannot stop a study through a dashboard that needs no token.
 */
@WebServlet(name = "sparktune-api", urlPatterns = "/api/*")
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "/api";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiResponse answer;
        try {
            answer = answer(Dashboards.current(), request);
        } catch (ApiException e) {
            answer = ApiResponse.error(e);
            if (e.status() == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"sparktune\"");
            }
        }
        response.setStatus(answer.status());
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = ApiJson.text(answer.body()).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static ApiResponse answer(DashboardContext context, HttpServletRequest request) {
        if (!context.access().acceptsHeader(request.getHeader("Authorization"))) {
            throw new ApiException(401, "this dashboard needs its token: send the header"
                    + " \"Authorization: Bearer TOKEN\"");
        }
        Endpoint endpoint = Endpoint.parse(rawPath(request));
        String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
        if ("POST".equals(method)) {
            requireSameOrigin(request);
        }
        return new StudiesApi(context).answer(method, endpoint, request.getParameterMap());
    }

    /** The path after {@code /api}, still percent-encoded, so that ids may hold any character. */
    static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + PREFIX;
        if (uri.startsWith(prefix)) {
            return uri.substring(prefix.length());
        }
        String decoded = request.getPathInfo(); // the prefix itself was written encoded: rare, and never an id
        return decoded == null ? "" : decoded;
    }

    /** Refuses a request that a browser sent from a page of another origin than this server. */
    private static void requireSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = new URI(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            if (host != null && authority != null && authority.equalsIgnoreCase(host)) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new ApiException(403, "refused: the request comes from a page of another origin (" + origin + ")");
    }
}
