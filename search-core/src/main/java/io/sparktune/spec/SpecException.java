package io.sparktune.spec;

import java.util.List;
import java.util.stream.Collectors;

/** Bad user input: one or more problems, each naming where it is. Its message is fit for a person. */
public final class SpecException extends RuntimeException {

    private final List<Problem> problems;

    public SpecException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SpecException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static SpecException of(String path, String message) {
        return new SpecException(List.of(new Problem(path, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
