package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the {@code budget} object; an absent budget is the default one (one trial at a time, no limit). */
final class BudgetReader {

    static final List<String> FIELDS = List.of("maxTrials", "maxConcurrent", "maxFailures", "timeLimit",
            "maxRetries");

    private BudgetReader() {
    }

    /** The budget at {@code path}, or null when it has problems. */
    static Budget read(JsonNode node, String path, Problems problems) {
        if (node == null || node.isNull()) {
            return new Budget(OptionalInt.empty(), 1, OptionalInt.empty(), Optional.empty(), 0);
        }
        Fields f = Fields.of(node, path, problems, FIELDS, "a budget");
        if (f == null) {
            return null;
        }
        int before = problems.list().size();
        Long maxTrials = f.integer("maxTrials", false, 1, Integer.MAX_VALUE);
        Long maxConcurrent = f.integer("maxConcurrent", false, 1, Integer.MAX_VALUE);
        Long maxFailures = f.integer("maxFailures", false, 1, Integer.MAX_VALUE);
        Long maxRetries = f.integer("maxRetries", false, 0, Integer.MAX_VALUE);
        Optional<Duration> timeLimit = timeLimit(f);
        f.rejectUnknown();
        if (problems.list().size() > before) {
            return null;
        }
        return new Budget(maxTrials == null ? OptionalInt.empty() : OptionalInt.of(maxTrials.intValue()),
                maxConcurrent == null ? 1 : maxConcurrent.intValue(),
                maxFailures == null ? OptionalInt.empty() : OptionalInt.of(maxFailures.intValue()),
                timeLimit, maxRetries == null ? 0 : maxRetries.intValue());
    }

    private static Optional<Duration> timeLimit(Fields f) {
        JsonNode v = f.get("timeLimit");
        if (v == null) {
            return Optional.empty();
        }
        Optional<Duration> d = Durations.parse(v);
        if (d.isEmpty()) {
            f.problem("timeLimit", "must be " + Durations.FORMS + ", got " + JsonKinds.describe(v));
            return Optional.empty();
        }
        if (d.get().isNegative() || d.get().isZero()) {
            f.problem("timeLimit", "must be > 0, got " + JsonKinds.describe(v));
            return Optional.empty();
        }
        return d;
    }
}
