package io.sparktune.scheduler;

import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Registry;
import java.util.Optional;

/** The registered schedulers, by JSON name. */
public final class Schedulers {

    private static final Registry<SchedulerFactory> REGISTRY =
            Registry.load("scheduler", SchedulerFactory.class, SchedulerFactory::type);

    private Schedulers() {
    }

    public static Registry<SchedulerFactory> registry() {
        return REGISTRY;
    }

    /** The scheduler that {@code spec} names ({@link Scheduler#none()} when absent), or a SpecException. */
    public static Scheduler create(Optional<ComponentSpec> spec) {
        return spec.map(s -> REGISTRY.create(s, "$.scheduler.type", SchedulerFactory::create))
                .orElseGet(Scheduler::none);
    }
}
