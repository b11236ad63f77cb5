package io.sparktune.runner.dl4j.model;

import static io.sparktune.runner.dl4j.model.Hyperparameter.choice;
import static io.sparktune.runner.dl4j.model.Hyperparameter.flag;
import static io.sparktune.runner.dl4j.model.Hyperparameter.integer;
import static io.sparktune.runner.dl4j.model.Hyperparameter.number;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every hyperparameter of the model templates: names, types, ranges and defaults. The user's
 * documentation (docs/dl4j-hyperparameters.md) says the same, with the meaning of each.
 */
final class Hyperparameters {

    static final String OPTIMIZER = "optimizer";
    static final String LEARNING_RATE = "learningRate";
    static final String MOMENTUM = "momentum";
    static final String SCHEDULE = "schedule";
    static final String DECAY_RATE = "decayRate";
    static final String DECAY_EVERY = "decayEvery";
    static final String PLATEAU_PATIENCE = "plateauPatience";
    static final String PLATEAU_FACTOR = "plateauFactor";
    static final String MIN_LEARNING_RATE = "minLearningRate";
    static final String GRADIENT_CLIPPING = "gradientClipping";
    static final String CLIP_THRESHOLD = "clipThreshold";
    static final String BATCH_SIZE = "batchSize";
    static final String MAX_EPOCHS = "maxEpochs";
    static final String L1 = "l1";
    static final String L2 = "l2";
    static final String WEIGHT_DECAY = "weightDecay";
    static final String DROPOUT = "dropout";
    static final String ACTIVATION = "activation";
    static final String WEIGHT_INIT = "weightInit";
    static final String BATCH_NORM = "batchNorm";

    static final String LAYERS = "layers";
    static final String UNITS = "units";
    static final String SHAPE = "shape";
    /** How many leading hidden layers of the mlp may have their own width: units1 .. units5. */
    static final int PER_LAYER_UNITS = 5;

    static final String CONV_BLOCKS = "convBlocks";
    static final String FILTERS = "filters";
    static final String FILTER_GROWTH = "filterGrowth";
    static final String KERNEL_SIZE = "kernelSize";
    static final String POOLING = "pooling";
    static final String DENSE_UNITS = "denseUnits";
    static final String DENSE_LAYERS = "denseLayers";

    /** The most units or filters one layer may have. */
    static final int MAX_WIDTH = 8192;
    /** The default decay rate of the exponential schedule, per epoch. */
    static final double EXPONENTIAL_DECAY_RATE = 0.95;
    /** The default decay rate of the step schedule, per step. */
    static final double STEP_DECAY_RATE = 0.5;

    /** The hyperparameters every model knows, in the order the documentation lists them. */
    static final List<Hyperparameter> COMMON = List.of(
            choice(OPTIMIZER, Choice.keys(OptimizerKind.class), "adam"),
            number(LEARNING_RATE, Range.openClosed(0, 1e6), 1e-3),
            number(MOMENTUM, Range.closedOpen(0, 1), 0.9),
            choice(SCHEDULE, Choice.keys(ScheduleKind.class), "constant"),
            number(DECAY_RATE, Range.openClosed(0, 1), null),
            integer(DECAY_EVERY, 1, 10_000, 10L),
            integer(PLATEAU_PATIENCE, 1, 1_000, 3L),
            number(PLATEAU_FACTOR, Range.open(0, 1), 0.5),
            number(MIN_LEARNING_RATE, Range.closed(0, 10), 1e-6),
            choice(GRADIENT_CLIPPING, Choice.keys(Clipping.class), "none"),
            number(CLIP_THRESHOLD, Range.above(0), 1.0),
            integer(BATCH_SIZE, 1, 65_536, 32L),
            integer(MAX_EPOCHS, 1, 100_000, 10L),
            number(L1, Range.closed(0, 1), 0.0),
            number(L2, Range.closed(0, 1), 0.0),
            number(WEIGHT_DECAY, Range.closed(0, 1), 0.0),
            number(DROPOUT, Range.closedOpen(0, 1), 0.0),
            choice(ACTIVATION, Choice.keys(HiddenActivation.class), "relu"),
            choice(WEIGHT_INIT, Choice.keys(Init.class), null),
            flag(BATCH_NORM, false));

    static final List<Hyperparameter> MLP = mlp();

    static final List<Hyperparameter> CNN = List.of(
            integer(CONV_BLOCKS, 1, 6, 2L),
            integer(FILTERS, 1, 1024, 32L),
            number(FILTER_GROWTH, Range.closed(0.25, 4), 2.0),
            integer(KERNEL_SIZE, 1, 11, 3L),
            choice(POOLING, Choice.keys(Pooling.class), "max"),
            integer(DENSE_UNITS, 1, MAX_WIDTH, 128L),
            integer(DENSE_LAYERS, 0, 5, 1L));

    static final List<Hyperparameter> LSTM = List.of(
            integer(LAYERS, 1, 10, 1L),
            integer(UNITS, 1, 4096, 64L),
            integer(DENSE_UNITS, 0, MAX_WIDTH, 0L));

    private Hyperparameters() {
    }

    private static List<Hyperparameter> mlp() {
        List<Hyperparameter> out = new ArrayList<>();
        out.add(integer(LAYERS, 1, 10, 2L));
        out.add(integer(UNITS, 1, MAX_WIDTH, 64L));
        for (int i = 1; i <= PER_LAYER_UNITS; i++) {
            out.add(integer(UNITS + i, 1, MAX_WIDTH, null));
        }
        out.add(choice(SHAPE, Choice.keys(UnitsShape.class), "constant"));
        return List.copyOf(out);
    }

    /** The model's own hyperparameters, then the common ones, by name. */
    static Map<String, Hyperparameter> of(List<Hyperparameter> own) {
        Map<String, Hyperparameter> out = new LinkedHashMap<>();
        for (Hyperparameter h : own) {
            out.put(h.name(), h);
        }
        for (Hyperparameter h : COMMON) {
            if (out.put(h.name(), h) != null) {
                throw new IllegalArgumentException("a model's own hyperparameters must not repeat a common one, but "
                        + h.name() + " does");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
