package io.sparktune.scheduler;

import io.sparktune.trial.History;
import java.io.Serializable;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;

/**
 * Judges one report of a running trial against the history, at once. A scheduler is a value: it
 * decides from its settings and the history alone, and is {@link Serializable}, so a store can judge
 * a report where the history lives (a Hazelcast member runs it next to the study's state).
 */
public interface Scheduler extends Serializable {

    /**
     * Whether {@code trial} goes on after {@code report}.
     *
     * @param trial the trial as it is now, {@code report} already among its reports
     * @param history the study's history, {@code trial} included
     */
    Verdict judge(Trial trial, Report report, History history);

    /** The scheduler that never stops a trial: the study's default. */
    static Scheduler none() {
        return (trial, report, history) -> Verdict.CONTINUE;
    }
}
