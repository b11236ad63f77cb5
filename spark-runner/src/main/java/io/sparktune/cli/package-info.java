/**
 * The {@code sparktune} command line: {@link io.sparktune.cli.SparktuneCli} and its commands
 * ({@code run}, {@code validate}, {@code best}, {@code convert nni}, {@code ask}, {@code tell}; on a
 * cluster {@code server}, {@code submit}, {@code status} and the hidden {@code driver} that
 * {@code submit} starts through SparkSubmit), and how {@code run} shows its progress. Exit codes:
 * 0 done, 1 failure, 2 bad input.
 */
package io.sparktune.cli;
