/**
 * Trials and what is known of them: {@link io.sparktune.trial.Trial} with its
 * {@link io.sparktune.trial.TrialState}, intermediate {@link io.sparktune.trial.Report}s and earlier
 * {@link io.sparktune.trial.Attempt}s, the study's {@link io.sparktune.trial.Objective}, and
 * {@link io.sparktune.trial.History}, the immutable snapshot every sampler and scheduler decides from.
 */
package io.sparktune.trial;
