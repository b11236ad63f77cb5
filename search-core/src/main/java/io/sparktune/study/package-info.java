/**
 * The engine: {@link io.sparktune.study.Study} coordinates the four roles (sampler, scheduler,
 * store, and through its runner the executor) with ask / report / tell, and
 * {@link io.sparktune.study.StudyRunner} drives a study on a
 * {@link io.sparktune.executor.TrialExecutor} within its {@link io.sparktune.spec.Budget}.
 */
package io.sparktune.study;
