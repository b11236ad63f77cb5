package io.sparktune.runner.dl4j.model;

/** How the learning rate changes over the epochs; {@link Optimizers} builds the schedule. */
enum ScheduleKind implements Choice {
    CONSTANT("constant"),
    EXPONENTIAL("exponential"),
    STEP("step"),
    PLATEAU("plateau");

    private final String key;

    ScheduleKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
