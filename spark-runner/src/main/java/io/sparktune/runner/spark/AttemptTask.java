package io.sparktune.runner.spark;

import java.time.Clock;
import java.time.Duration;
import org.apache.spark.api.java.function.Function;

/** The Spark function of {@link Dispatch#JOB_PER_TRIAL}: runs the one attempt of its task's partition. */
final class AttemptTask implements Function<AttemptOrder, AttemptOutcome> {

    private static final long serialVersionUID = 1L;

    private final StudyHandle study;
    private final Duration heartbeatEvery;

    AttemptTask(StudyHandle study, Duration heartbeatEvery) {
        this.study = study;
        this.heartbeatEvery = heartbeatEvery;
    }

    @Override
    public AttemptOutcome call(AttemptOrder order) {
        return new AttemptRunner(study, heartbeatEvery, Clock.systemUTC()).run(order, WorkerName.current());
    }
}
