/**
 * Trials on local threads: {@link io.sparktune.executor.local.LocalTrialExecutor}, for tests and
 * studies that fit one machine.
 */
package io.sparktune.executor.local;
