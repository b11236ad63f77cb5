package io.sparktune.runner.spark;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.VoidFunction;

/**
 * The Spark function of {@link Dispatch#PULL_WORKERS}: one long-running task that takes attempts
 * from its study's queue, runs them one after the other, and sends each outcome back, until the
 * queue is closed or Spark kills the task.
 */
final class WorkerTask implements VoidFunction<Iterator<Integer>> {

    private static final long serialVersionUID = 1L;
    /** How long a worker waits on an empty queue before it looks whether the queue was closed. */
    static final Duration POLL = Duration.ofMillis(100);

    private final StudyHandle study;
    private final TrialQueues queues;
    private final String queueName;
    private final Duration heartbeatEvery;

    WorkerTask(StudyHandle study, TrialQueues queues, String queueName, Duration heartbeatEvery) {
        this.study = study;
        this.queues = queues;
        this.queueName = queueName;
        this.heartbeatEvery = heartbeatEvery;
    }

    @Override
    public void call(Iterator<Integer> slot) throws InterruptedException {
        TrialQueue queue = queues.open(queueName);
        AttemptRunner runner = new AttemptRunner(study, heartbeatEvery, Clock.systemUTC());
        String worker = WorkerName.current();
        while (!queue.isClosed()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("the worker task was killed");
            }
            Optional<AttemptOrder> order = queue.take(POLL);
            if (order.isPresent()) {
                queue.done(runner.run(order.get(), worker));
            }
        }
    }
}
