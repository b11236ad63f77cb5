package io.sparktune.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What the API answers: an HTTP status and a JSON body.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
public record ApiResponse(int status, JsonNode body) {

    public ApiResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be 200 to 599, but got " + status);
        }
        Objects.requireNonNull(body, "body");
    }

    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body);
    }

    static ApiResponse error(ApiException e) {
        return new ApiResponse(e.status(), ApiJson.error(e.status(), e.getMessage()));
    }
}
