/**
 * What to try next: the {@link io.sparktune.sampler.Sampler} role, and
 * {@link io.sparktune.sampler.Samplers}, which finds implementations by their JSON names.
 */
package io.sparktune.sampler;
