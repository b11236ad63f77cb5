package io.sparktune.runner.dl4j.model;

/** The type of a hyperparameter's values. */
enum Kind {
    /** A whole number within a {@link Range}. */
    INT("an integer"),
    /** A real number within a {@link Range}. */
    FLOAT("a number"),
    /** One of a list of names. */
    CHOICE("a name"),
    /** True or false. */
    BOOLEAN("true or false");

    private final String description;

    Kind(String description) {
        this.description = description;
    }

    /** How a message names a value of this kind: "an integer", "a number", ... */
    String description() {
        return description;
    }
}
