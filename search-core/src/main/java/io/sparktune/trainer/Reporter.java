package io.sparktune.trainer;

import io.sparktune.scheduler.Verdict;

/** How a running trial reports an intermediate value and hears the scheduler's verdict. */
@FunctionalInterface
public interface Reporter {

    /**
     * Records the objective metric at {@code step} and returns the scheduler's verdict. After a STOP
     * the trainer should end promptly (within one step); the trial then ends PRUNED.
     */
    Verdict report(long step, double value);
}
