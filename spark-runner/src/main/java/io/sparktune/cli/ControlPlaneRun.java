package io.sparktune.cli;

import io.sparktune.executor.TrialExecutor;
import io.sparktune.spec.Budget;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import java.time.Clock;

/**
 * A study run by its driver on the control plane, by {@code run} and by a submitted driver alike:
 * the run is marked started and ended there (the dashboard shows both), and the runner heeds the
 * stop requests the dashboard records.
 */
final class ControlPlaneRun {

    private ControlPlaneRun() {
    }

    static StudyOutcome run(HazelcastStudies studies, Study study, Budget budget, TrialExecutor executor,
            StudyListener listener, Clock clock) {
        studies.markStarted(study.name(), clock.instant());
        StudyOutcome outcome = new StudyRunner(study, budget, executor, listener, clock, studies.control(study.name()))
                .run();
        // After Ctrl-C the end is still recorded: Hazelcast's calls refuse an interrupted thread.
        boolean interrupted = Thread.interrupted();
        try {
            studies.markEnded(study.name(), clock.instant(), outcome.message());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return outcome;
    }
}
