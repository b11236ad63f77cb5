package io.sparktune.runner.dl4j;

import io.sparktune.trial.Direction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The metrics the dl4j trainer measures on the validation part after each epoch. */
enum Metric {
    /** The loss of the output layer (cross-entropy, or mean squared error for regression), unregularised. */
    VAL_LOSS("val_loss", Direction.MINIMIZE, false),
    /** The fraction of validation examples whose most probable class is their label. */
    VAL_ACCURACY("val_accuracy", Direction.MAXIMIZE, true);

    private final String jsonName;
    private final Direction direction;
    private final boolean classificationOnly;

    Metric(String jsonName, Direction direction, boolean classificationOnly) {
        this.jsonName = jsonName;
        this.direction = direction;
        this.classificationOnly = classificationOnly;
    }

    String jsonName() {
        return jsonName;
    }

    /** The direction in which this metric gets better. */
    Direction direction() {
        return direction;
    }

    boolean classificationOnly() {
        return classificationOnly;
    }

    static List<String> jsonNames() {
        return Arrays.stream(values()).map(Metric::jsonName).toList();
    }

    static Optional<Metric> of(String jsonName) {
        return Arrays.stream(values()).filter(m -> m.jsonName.equals(jsonName)).findFirst();
    }
}
