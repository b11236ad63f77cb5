/**
 * The study file and the one place user input is checked. {@link io.sparktune.spec.StudySpecReader}
 * turns JSON into a {@link io.sparktune.spec.StudySpec} or a {@link io.sparktune.spec.SpecException}
 * listing every {@link io.sparktune.spec.Problem} with its JSON path; {@link io.sparktune.spec.Options}
 * is how a sampler, scheduler or trainer reads its options under the same rules; and
 * {@link io.sparktune.spec.Registry} finds components by their JSON names through {@code ServiceLoader}.
 * {@link io.sparktune.spec.JsonTree} parses JSON text under the same rules (malformed JSON and
 * duplicate keys are problems), and {@link io.sparktune.spec.JsonPaths} writes the paths.
 */
package io.sparktune.spec;
