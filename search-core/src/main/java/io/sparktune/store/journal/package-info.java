/**
 * A durable {@link io.sparktune.store.StudyStore} in a folder: an append-only journal of events
 * that many threads and many processes share through a file lock. {@code sparktune ask} and
 * {@code sparktune tell} keep their study here.
 */
package io.sparktune.store.journal;
