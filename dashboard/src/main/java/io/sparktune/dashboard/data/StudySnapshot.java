package io.sparktune.dashboard.data;

import io.sparktune.trial.History;
import java.util.List;
import java.util.Objects;

/**
 * A study as it was at one moment: a consistent read of every trial, taken once and shared by every
 * page and request that asks before the study changes again.
 *
 * @param summary its line of the studies list
 * @param studyJson the study file it was created from, as the user wrote it
 * @param history every trial, with its reports and attempts
 * @param parameterNames every parameter name of the search space, in the study file's order, then
 *     any other name some trial holds
 */
public record StudySnapshot(StudySummary summary, String studyJson, History history, List<String> parameterNames) {

    public StudySnapshot {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(studyJson, "studyJson");
        Objects.requireNonNull(history, "history");
        parameterNames = List.copyOf(parameterNames);
    }

    public String id() {
        return summary.id();
    }
}
