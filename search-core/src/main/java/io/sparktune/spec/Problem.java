package io.sparktune.spec;

/** One thing wrong with user input: where (a JSON path such as {@code $.space.lr.low}, or a flag) and what. */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
