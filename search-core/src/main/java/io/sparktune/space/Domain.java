package io.sparktune.space;

/** The set of values one parameter may take. */
public sealed interface Domain permits FloatDomain, IntDomain, CategoricalDomain, FixedDomain {

    /** Whether {@code value} (already normalised by {@link Values#normalize}) lies in this domain. */
    boolean contains(Object value);

    /** The JSON name of this kind of domain: {@code float}, {@code int}, {@code categorical}, {@code fixed}. */
    String typeName();
}
