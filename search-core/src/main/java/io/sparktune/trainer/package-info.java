/**
 * What runs one trial: the {@link io.sparktune.trainer.Trainer} role (an analytic function, an
 * outside command, a neural network), the {@link io.sparktune.trainer.Reporter} it reports through,
 * and {@link io.sparktune.trainer.Trainers}, which finds implementations by their JSON names.
 */
package io.sparktune.trainer;
