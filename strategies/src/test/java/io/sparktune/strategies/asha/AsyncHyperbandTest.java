package io.sparktune.strategies.asha;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.SchedulerContract;

/** ASHA with three brackets (asynchronous Hyperband) keeps the scheduler contract too. */
class AsyncHyperbandTest extends SchedulerContract {

    @Override
    protected Scheduler newScheduler() {
        return new AshaScheduler(STEPS, 1, 3, 3);
    }
}
