package io.sparktune.study;

import java.util.Optional;

/**
 * How a running study hears that someone wants it stopped (the dashboard's stop button, its REST
 * API). A {@link StudyRunner} asks now and then; on a request it starts no more trials and stops the
 * running ones, as a time limit does.
 */
@FunctionalInterface
public interface StudyControl {

    /** Nobody can stop the study this way. */
    StudyControl NONE = Optional::empty;

    /** Why the study should stop, or empty while nobody asked. */
    Optional<String> stopRequest();
}
