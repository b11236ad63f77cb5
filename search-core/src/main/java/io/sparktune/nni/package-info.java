/**
 * Conversion from NNI (Neural Network Intelligence) search spaces: {@link io.sparktune.nni.NniConverter}
 * turns a {@code search_space.json} into the {@code space} object of a sparktune study, exactly
 * where sparktune can express the NNI type and with a clear problem where it cannot. The mapping is
 * described in {@code docs/study-format.md}.
 */
package io.sparktune.nni;
