/**
 * What is true: the {@link io.sparktune.store.StudyStore} role, the single source of truth of one
 * study's trials. Finished trials are immutable; restarting any process rebuilds everything from
 * the store.
 */
package io.sparktune.store;
