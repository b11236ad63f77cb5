package io.sparktune.runner.studydir;

/** A folder cannot serve as the study directory asked for; the message says why and what to do. */
public final class StudyDirectoryException extends RuntimeException {

    public StudyDirectoryException(String message) {
        super(message);
    }
}
