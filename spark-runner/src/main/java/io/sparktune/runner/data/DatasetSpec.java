package io.sparktune.runner.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparktune.spec.Problems;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a study's {@code trainer.dataset} says: where the examples come from and how they are split.
 * A value: two equal specs load the same data, and {@link Datasets} keys its cache on it.
 *
 * @param validationFraction the share of the examples kept for validation, in (0, 1)
 * @param seed the seed of the shuffled split (not the study's seed: the same data for every trial)
 * @param limit use only the first {@code limit} examples (at least 2), for quick runs
 */
public record DatasetSpec(DatasetSource source, double validationFraction, long seed, OptionalInt limit) {

    public static final double DEFAULT_VALIDATION_FRACTION = 0.2;
    public static final long DEFAULT_SEED = 0;

    public DatasetSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limit, "limit");
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("0 < validationFraction < 1 must hold, but got " + validationFraction);
        }
        if (limit.isPresent() && limit.getAsInt() < 2) {
            throw new IllegalArgumentException("limit >= 2 must hold, but got " + limit.getAsInt());
        }
    }

    /** {@code source} split with the defaults: 20% validation, seed 0, every example. */
    public static DatasetSpec of(DatasetSource source) {
        return new DatasetSpec(source, DEFAULT_VALIDATION_FRACTION, DEFAULT_SEED, OptionalInt.empty());
    }

    /** This spec with another split. */
    public DatasetSpec withSplit(double validationFraction, long seed) {
        return new DatasetSpec(source, validationFraction, seed, limit);
    }

    /** This spec using only the first {@code limit} examples. */
    public DatasetSpec withLimit(int limit) {
        return new DatasetSpec(source, validationFraction, seed, OptionalInt.of(limit));
    }

    /**
     * Reads {@code trainer.dataset} at {@code path} (such as {@code "$.trainer.dataset"}); a string
     * node is {@code {"type": node}}. Every problem goes to {@code problems} with its JSON path, and
     * the result is empty when there was any. What can be checked without loading is checked here: the
     * options and their ranges, and a CSV file's existence and label column. The files of mnist and
     * fashion-mnist are looked for only when loading, so that a study can be checked on a machine
     * that has not fetched them.
     *
     * @param baseDirectory the study file's folder, against which relative paths resolve
     */
    public static Optional<DatasetSpec> read(JsonNode node, String path, Problems problems, Path baseDirectory) {
        return DatasetSpecReader.read(node, path, problems, baseDirectory);
    }

    /** The {@code type}: digits, mnist, fashion-mnist or csv. */
    public String type() {
        return source.type();
    }

    /** The shape of one example, when it is known without loading: images for digits, mnist and fashion-mnist. */
    public Optional<InputShape> knownInput() {
        return source.knownInput();
    }

    /** The task: classification, except for a csv dataset whose {@code task} is regression. */
    public Task knownTask() {
        return source.knownTask();
    }
}
