/**
 * A {@link io.sparktune.store.StudyStore} kept in memory: for tests and for studies that need not
 * survive their process.
 */
package io.sparktune.store.memory;
