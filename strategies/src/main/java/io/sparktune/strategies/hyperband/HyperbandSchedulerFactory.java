package io.sparktune.strategies.hyperband;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.SchedulerFactory;
import io.sparktune.spec.Options;
import io.sparktune.strategies.stopping.StepValues;

/**
 * {@code "scheduler": {"type": "hyperband", "options": {"R": 81, "eta": 3}}}:
 * <ul>
 *   <li>{@code R} (required): the maximum resource of a trial, in steps; best set to the number
 *       of epochs a trial trains. From 1 to 10^12.</li>
 *   <li>{@code eta} (default 3): the reduction factor. From 2 to 1000.</li>
 * </ul>
 */
public final class HyperbandSchedulerFactory implements SchedulerFactory {

    @Override
    public String type() {
        return "hyperband";
    }

    @Override
    public Scheduler create(Options options) {
        if (!options.has("R")) {
            options.problem("R", "is required: the maximum resource of a trial, in steps (its epochs)");
        }
        long r = options.getLong("R", 81, 1, StepValues.MAX_STEP);
        int eta = options.getInt("eta", 3, 2, 1000);
        return new HyperbandScheduler(r, eta);
    }
}
