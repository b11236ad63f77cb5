package io.sparktune.spec;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one input, so that all are reported at once. Not thread-safe. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws a {@link SpecException} holding every problem, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new SpecException(list);
        }
    }
}
