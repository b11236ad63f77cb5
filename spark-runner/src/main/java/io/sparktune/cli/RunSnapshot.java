package io.sparktune.cli;

import io.sparktune.trial.Trial;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a run stands, as its progress shows it.
 *
 * @param done the trials that have ended (this run's and earlier runs' in the same directory)
 * @param total the study's maxTrials, if it has one
 * @param best the best completed trial so far
 * @param startedAt when this run started
 */
record RunSnapshot(int done, int completed, int pruned, int failed, OptionalInt total, Optional<Trial> best,
        Instant startedAt) {
}
