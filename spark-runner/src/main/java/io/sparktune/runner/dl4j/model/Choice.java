package io.sparktune.runner.dl4j.model;

import java.util.Arrays;
import java.util.List;

/** A value of a choice hyperparameter: an enum constant with the name a study file uses for it. */
interface Choice {

    /** The name in the study file, such as {@code "adam"}. */
    String key();

    /** Every key of {@code type}, in declaration order. */
    static <E extends Enum<E> & Choice> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::key).toList();
    }

    /** The constant of {@code type} whose key is {@code key}. */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("key must be one of " + keys(type) + ", but got \"" + key + "\"");
    }
}
