package io.sparktune.runner.data;

/** What a network learns from a dataset: a class out of several, or a number. */
public enum Task {
    /** One class per example; labels are one-hot rows {@code [n, classes]}. */
    CLASSIFICATION,
    /** One number per example; labels are a column {@code [n, 1]}. */
    REGRESSION;

    /** The name a study file uses: {@code classification} or {@code regression}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
