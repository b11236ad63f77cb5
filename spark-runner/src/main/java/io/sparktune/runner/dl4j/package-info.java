/**
 * The {@code dl4j} trainer: a Deeplearning4j network built from a trial's parameters
 * ({@link io.sparktune.runner.dl4j.model}), trained on a prepared dataset
 * ({@link io.sparktune.runner.data}), reporting its validation metric after every epoch (or every
 * {@code reportEvery} iterations) and stopping at once on a STOP verdict. It runs wherever a
 * {@link io.sparktune.trainer.Trainer} runs: the local thread executor or a Spark executor.
 */
package io.sparktune.runner.dl4j;
