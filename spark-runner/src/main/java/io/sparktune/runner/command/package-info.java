/**
 * The {@code command} trainer: runs one outside process per trial, whatever its language.
 *
 * <p>The protocol: the trial's parameters arrive as one JSON object on the process's standard input
 * (closed after it), and in the environment variables {@code SPARKTUNE_TRIAL} (the trial number) and
 * {@code SPARKTUNE_SEED} (the trial's training seed); with {@code "args": true} they also arrive as
 * {@code --name value} arguments. The process prints {@code report STEP VALUE} lines for intermediate
 * values and one {@code result VALUE} line for the final value; any other line is ignored. When the
 * scheduler stops the trial the process is terminated. A non-zero exit code, or an exit without a
 * {@code result} line, fails the trial with the tail of the process's standard error.
 */
package io.sparktune.runner.command;
