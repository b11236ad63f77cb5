package io.sparktune.dashboard.api;

import java.util.List;
import java.util.Objects;

/**
 * What a request under {@code /api} asks for, read from its path: which endpoint, for which study
 * and trial, and the one HTTP method it answers.
 */
public sealed interface Endpoint {

    /** The HTTP method the endpoint answers: {@code GET}, but {@code POST} for a stop. */
    default String method() {
        return "GET";
    }

    /** {@code GET /api/studies}. */
    record Studies() implements Endpoint {
    }

    /** {@code GET /api/studies/{id}}. */
    record Study(String id) implements Endpoint {
        public Study {
            Objects.requireNonNull(id, "id");
        }
    }

    /** {@code GET /api/studies/{id}/trials}. */
    record Trials(String id) implements Endpoint {
        public Trials {
            Objects.requireNonNull(id, "id");
        }
    }

    /** {@code GET /api/studies/{id}/trials/{n}}. */
    record Trial(String id, int number) implements Endpoint {
        public Trial {
            Objects.requireNonNull(id, "id");
            if (number < 0) {
                throw new IllegalArgumentException("number >= 0 must hold, but got " + number);
            }
        }
    }

    /** {@code GET /api/studies/{id}/best}. */
    record Best(String id) implements Endpoint {
        public Best {
            Objects.requireNonNull(id, "id");
        }
    }

    /** {@code POST /api/studies/{id}/stop}. */
    record Stop(String id) implements Endpoint {
        public Stop {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String method() {
            return "POST";
        }
    }

    /**
     * The endpoint of {@code rawPath}, the part of the request's path after {@code /api}, still
     * percent-encoded ({@code /studies/my%20study/trials/3}).
     *
     * @throws ApiException 404 for a path that names no endpoint, 400 for a malformed trial number or
     *     percent escape
     */
    static Endpoint parse(String rawPath) {
        List<String> s = PathSegments.split(rawPath);
        if (s.isEmpty() || !s.get(0).equals("studies") || s.stream().anyMatch(String::isEmpty)) {
            throw noSuchEndpoint(rawPath);
        }
        if (s.size() == 1) {
            return new Studies();
        }
        String id = s.get(1);
        if (s.size() == 2) {
            return new Study(id);
        }
        String last = s.get(2);
        if (s.size() == 3) {
            return switch (last) {
                case "trials" -> new Trials(id);
                case "best" -> new Best(id);
                case "stop" -> new Stop(id);
                default -> throw noSuchEndpoint(rawPath);
            };
        }
        if (s.size() == 4 && last.equals("trials")) {
            return new Trial(id, trialNumber(s.get(3)));
        }
        throw noSuchEndpoint(rawPath);
    }

    private static int trialNumber(String text) {
        if (!text.isEmpty() && text.length() <= 9 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(text);
        }
        throw ApiException.badRequest("n: must be a trial number (0 or more), but got \"" + text + "\"");
    }

    private static ApiException noSuchEndpoint(String rawPath) {
        return ApiException.notFound("no such endpoint: /api" + rawPath + " (the endpoints are /api/studies,"
                + " /api/studies/{id}, /api/studies/{id}/trials, /api/studies/{id}/trials/{n},"
                + " /api/studies/{id}/best and /api/studies/{id}/stop)");
    }
}
