package io.sparktune.runner.data;

/** What a network learns from a dataset: a class out of several, or one real number. */
public enum Task { CLASSIFICATION, REGRESSION }
