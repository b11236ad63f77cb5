package io.sparktune.strategies.asha;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.SchedulerFactory;
import io.sparktune.spec.Options;
import io.sparktune.strategies.stopping.StepValues;

/**
 * {@code "scheduler": {"type": "asha", "options": {"maxT": 100, "gracePeriod": 1,
 * "reductionFactor": 3, "brackets": 1}}}, every option optional:
 * <ul>
 *   <li>{@code maxT} (default {@value #DEFAULT_MAX_T}, as in Ray Tune): the largest step, best set
 *       to the number of epochs a trial trains; rungs lie below it, and reports at or past it are
 *       never stopped. From 2 to 10^12.</li>
 *   <li>{@code gracePeriod} (default 1): r, the first rung; every trial runs at least this many
 *       steps. From 1 to {@code maxT - 1}.</li>
 *   <li>{@code reductionFactor} (default 3): eta; each rung keeps the top {@code 1/eta} and the
 *       rungs are eta times apart. From 2 to 1000.</li>
 *   <li>{@code brackets} (default 1): more than one gives asynchronous Hyperband; at most one more
 *       than the number of rungs.</li>
 * </ul>
 */
public final class AshaSchedulerFactory implements SchedulerFactory {

    static final long DEFAULT_MAX_T = 100;

    @Override
    public String type() {
        return "asha";
    }

    @Override
    public Scheduler create(Options options) {
        long maxT = options.getLong("maxT", DEFAULT_MAX_T, 2, StepValues.MAX_STEP);
        long gracePeriod = options.getLong("gracePeriod", 1, 1, StepValues.MAX_STEP);
        int eta = options.getInt("reductionFactor", 3, 2, 1000);
        int brackets = options.getInt("brackets", 1, 1, 1000);
        if (gracePeriod >= maxT) {
            options.problem("gracePeriod", "must be < maxT (" + maxT + "), got " + gracePeriod);
            return Scheduler.none();
        }
        int most = AshaScheduler.maxBrackets(maxT, gracePeriod, eta);
        if (brackets > most) {
            options.problem("brackets", "must be <= " + most + ", one more than the rungs below maxT "
                    + AshaBrackets.rungs(maxT, gracePeriod, eta, 0) + ", got " + brackets);
            return Scheduler.none();
        }
        return new AshaScheduler(maxT, gracePeriod, eta, brackets);
    }
}
