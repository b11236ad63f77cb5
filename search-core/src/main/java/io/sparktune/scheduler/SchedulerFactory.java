package io.sparktune.scheduler;

import io.sparktune.spec.Options;

/**
 * Builds a {@link Scheduler} from the study file's {@code scheduler.options}. Registered in
 * {@code META-INF/services/io.sparktune.scheduler.SchedulerFactory}.
 */
public interface SchedulerFactory {

    /** The JSON name: the {@code scheduler.type} that selects this scheduler. */
    String type();

    /** A scheduler for these options; bad options are reported through {@link Options}. Must be cheap. */
    Scheduler create(Options options);
}
