/**
 * The study directory: the folder where a study run from the command line keeps its state and its
 * results. {@link io.sparktune.runner.studydir.StudyDirectory} knows its layout:
 * <ul>
 *   <li>{@code study.json}: the study file, byte for byte as the user gave it</li>
 *   <li>{@code journal.jsonl}: the durable event log of the study's store, the source of truth</li>
 *   <li>{@code trials.jsonl}: one line per trial, in JSON</li>
 *   <li>{@code best.json}: the best completed trial so far</li>
 * </ul>
 * {@code trials.jsonl} and {@code best.json} are views of the journal, written for people and tools.
 */
package io.sparktune.runner.studydir;
