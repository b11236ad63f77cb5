package io.sparktune.runner.studydir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One run's claim on a study directory: an exclusive lock on its {@code run.lock} file, released on close. */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Path file, Path directory) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new RunLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by another run in this JVM
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
        close(channel);
        throw busy(directory);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the run lock: " + e.getMessage(), e);
        }
    }

    private static StudyDirectoryException busy(Path directory) {
        return new StudyDirectoryException("another sparktune run is using " + directory
                + " right now: wait for it to end, or choose another folder with --out");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the run lock: " + e.getMessage(), e);
        }
    }
}
