package io.sparktune.dashboard.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.dashboard.data.StopResult;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.data.TrialQuery;
import io.sparktune.dashboard.data.TrialRows;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.json.BestJson;
import io.sparktune.json.TrialJson;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Answers the API's endpoints from a dashboard's catalog: one snapshot read per request, whatever
 * it asks. Knows nothing of HTTP beyond statuses, so tests call it with no server.
 */
public final class StudiesApi {

    /** The reason a stop asked for through the API is recorded with. */
    static final String STOP_REASON = "stop requested through the dashboard's REST API";

    private final DashboardContext context;

    public StudiesApi(DashboardContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * The answer to {@code method} on {@code endpoint} with the query parameters {@code params}.
     *
     * @throws ApiException for a request it refuses (the status says why)
     */
    public ApiResponse answer(String method, Endpoint endpoint, Map<String, String[]> params) {
        if (!endpoint.method().equals(method)) {
            throw new ApiException(405, method + " is not allowed here: use " + endpoint.method());
        }
        if (!(endpoint instanceof Endpoint.Trials) && !params.isEmpty()) {
            throw ApiException.badRequest("unknown parameter \"" + params.keySet().iterator().next()
                    + "\": this endpoint takes none");
        }
        if (endpoint instanceof Endpoint.Study s) {
            return ApiResponse.ok(ApiJson.study(snapshot(s.id()), now()));
        }
        if (endpoint instanceof Endpoint.Trials t) {
            return trials(t.id(), TrialQueryParams.parse(params));
        }
        if (endpoint instanceof Endpoint.Trial t) {
            return ApiResponse.ok(TrialJson.toJson(trial(t.id(), t.number())));
        }
        if (endpoint instanceof Endpoint.Best b) {
            return ApiResponse.ok(best(b.id()));
        }
        if (endpoint instanceof Endpoint.Stop s) {
            return stop(s.id());
        }
        return ApiResponse.ok(ApiJson.studies(context.catalog().studies(), now())); // Endpoint.Studies
    }

    private ApiResponse trials(String id, TrialQuery query) {
        StudySnapshot snapshot = snapshot(id);
        return ApiResponse.ok(ApiJson.page(TrialRows.query(snapshot, query), query));
    }

    private Trial trial(String id, int number) {
        History history = snapshot(id).history();
        if (number >= history.size()) {
            throw ApiException.notFound("no trial " + number + " in study " + id + " (it has " + history.size()
                    + (history.size() == 1 ? " trial" : " trials") + ")");
        }
        return history.trial(number);
    }

    /** The study's best as {@code best.json} holds it: {@link BestJson} with the study file. */
    ObjectNode best(String id) {
        StudySnapshot snapshot = snapshot(id);
        History history = snapshot.history();
        Trial best = history.best().orElseThrow(() -> ApiException.notFound(
                "no completed trial yet in study " + id));
        return BestJson.of(snapshot.id(), history.direction(), best, ApiJson.studyFile(snapshot.studyJson()));
    }

    private ApiResponse stop(String id) {
        StopResult result = context.catalog().requestStop(id, STOP_REASON);
        return switch (result) {
            case REQUESTED -> new ApiResponse(202, ApiJson.stop(id, "requested"));
            case ALREADY_ENDED -> {
                ObjectNode body = ApiJson.stop(id, "already_ended");
                body.setAll(ApiJson.error(409, "study " + id + " is not running: it has ended, no driver has started it,"
                        + " or a stop was already requested"));
                yield new ApiResponse(409, body);
            }
            case UNKNOWN_STUDY -> throw unknownStudy(id);
        };
    }

    private StudySnapshot snapshot(String id) {
        return context.catalog().snapshot(id).orElseThrow(() -> unknownStudy(id));
    }

    private static ApiException unknownStudy(String id) {
        return ApiException.notFound("no study named \"" + id + "\" (GET /api/studies lists them)");
    }

    private Instant now() {
        return context.clock().instant();
    }
}
