package io.sparktune.study;

import io.sparktune.scheduler.Verdict;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;

/**
 * What became of one intermediate report: the trial with the report stored, and the scheduler's
 * verdict on it.
 */
public record Reported(Trial trial, Report report, Verdict verdict) {
}
