package io.sparktune.strategies.median;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.SchedulerFactory;
import io.sparktune.spec.Options;
import io.sparktune.strategies.stopping.StepValues;

/**
 * {@code "scheduler": {"type": "median", "options": {"minSteps": 1, "minTrials": 3}}}, both
 * optional:
 * <ul>
 *   <li>{@code minSteps} (default 1): the warm-up; reports at steps below it are never stopped.
 *       The default judges from the first step on, as Optuna's {@code MedianPruner} does
 *       ({@code n_warmup_steps=0}), but never a step 0 that reports an untrained model.</li>
 *   <li>{@code minTrials} (default 3, as Ray Tune's {@code min_samples_required}): how many other
 *       trials must have reached a step before it is judged.</li>
 * </ul>
 */
public final class MedianStoppingRuleFactory implements SchedulerFactory {

    @Override
    public String type() {
        return "median";
    }

    @Override
    public Scheduler create(Options options) {
        long minSteps = options.getLong("minSteps", 1, 0, StepValues.MAX_STEP);
        int minTrials = options.getInt("minTrials", 3, 1, 1_000_000);
        return new MedianStoppingRule(minSteps, minTrials);
    }
}
