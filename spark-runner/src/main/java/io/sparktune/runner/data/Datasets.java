package io.sparktune.runner.data;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * Loads datasets, once per JVM per {@link DatasetSpec}: every trial of a study (and every study
 * naming an equal spec) shares one {@link PreparedData}. Concurrent callers for the same spec wait
 * for a single load; a load that fails is forgotten, so a later call tries again (after the files
 * have been fetched, say). Loaded data stays for the life of the JVM.
 */
public final class Datasets {

    private static final ConcurrentMap<DatasetSpec, CompletableFuture<PreparedData>> CACHE =
            new ConcurrentHashMap<>();

    private Datasets() {
    }

    /**
     * The prepared data for {@code spec}, loaded at the first call and shared afterwards.
     *
     * @throws DatasetException with a message a person can act on: the missing files and the command
     *     that fetches them, the file, line and column of a bad CSV value, ...
     */
    public static PreparedData load(DatasetSpec spec) {
        return load(spec, DataLocations.current());
    }

    static PreparedData load(DatasetSpec spec, DataLocations where) {
        Objects.requireNonNull(spec, "spec");
        CompletableFuture<PreparedData> mine = new CompletableFuture<>();
        CompletableFuture<PreparedData> theirs = CACHE.putIfAbsent(spec, mine);
        if (theirs != null) {
            return await(theirs, spec);
        }
        try {
            PreparedData data = loadUncached(spec, where);
            mine.complete(data);
            return data;
        } catch (RuntimeException | Error e) {
            CACHE.remove(spec, mine);
            DatasetException failure = e instanceof DatasetException d ? d
                    : new DatasetException(spec.type() + ": the dataset could not be loaded: " + e, e);
            mine.completeExceptionally(e instanceof Error ? e : failure);
            if (e instanceof Error) {
                throw e;
            }
            throw failure;
        }
    }

    /** Reads and prepares the data, with no cache. */
    static PreparedData loadUncached(DatasetSpec spec, DataLocations where) {
        DatasetSource source = spec.source();
        Examples examples;
        if (source instanceof DatasetSource.Digits) {
            examples = DigitsLoader.load(spec.limit());
        } else if (source instanceof DatasetSource.Idx idx) {
            examples = IdxLoader.load(idx, spec.limit(), where);
        } else if (source instanceof DatasetSource.Csv csv) {
            examples = CsvLoader.load(csv, spec.limit());
        } else {
            throw new IllegalStateException("no loader for " + source);
        }
        return Preparation.prepare(examples, spec);
    }

    private static PreparedData await(CompletableFuture<PreparedData> load, DatasetSpec spec) {
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetException(spec.type() + ": interrupted while waiting for the dataset to load", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // A new exception per caller, with this caller's stack; the message is the loader's.
            throw new DatasetException(cause instanceof DatasetException ? cause.getMessage()
                    : spec.type() + ": the dataset could not be loaded: " + cause, cause);
        }
    }
}
