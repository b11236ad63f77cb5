package io.sparktune.dashboard.api;

/**
 * A request the API refuses, with the HTTP status and the message of its JSON error
 * ({@code {"error": message, "status": status}}).
 */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 400 to 599, but got " + status);
        }
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public int status() {
        return status;
    }
}
