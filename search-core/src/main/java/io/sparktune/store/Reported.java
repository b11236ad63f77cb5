package io.sparktune.store;

import io.sparktune.scheduler.Verdict;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;

/**
 * What became of one intermediate report: the trial as it is after it, and the verdict on it.
 *
 * @param trial the trial with the report stored, or as it was when the report was refused
 * @param stored whether the report was stored; a report is refused (and answered STOP) when its
 *     attempt has been superseded or has ended, or the trial was already told to stop
 */
public record Reported(Trial trial, Report report, Verdict verdict, boolean stored) {
}
