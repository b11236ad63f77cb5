package io.sparktune.runner.dl4j.model;

/** The optimisers a study can choose; {@link Optimizers} builds them. */
enum OptimizerKind implements Choice {
    SGD("sgd"),
    MOMENTUM("momentum"),
    NESTEROV("nesterov"),
    ADAM("adam"),
    ADAMAX("adamax"),
    NADAM("nadam"),
    RMSPROP("rmsprop"),
    ADAGRAD("adagrad"),
    AMSGRAD("amsgrad");

    private final String key;

    OptimizerKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
