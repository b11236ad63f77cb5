package io.sparktune.runner.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Spark in this JVM ({@code local[N]}), as {@code sparktune run} and the tests use it: bound to the
 * loopback address, with no web UI (nothing listens on a port but Spark's own RPC), and no console
 * progress bar (the command line draws its own).
 */
public final class LocalSpark {

    private LocalSpark() {
    }

    /**
     * The configuration of a local Spark with {@code cores} task slots, where a failed task is tried
     * {@code taskTries} times in all.
     */
    public static SparkConf conf(String appName, int cores, int taskTries) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores >= 1 must hold, but got cores=" + cores);
        }
        if (taskTries < 1) {
            throw new IllegalArgumentException("taskTries >= 1 must hold, but got taskTries=" + taskTries);
        }
        return new SparkConf()
                .setMaster("local[" + cores + "," + taskTries + "]")
                .setAppName(appName)
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
    }

    /** Starts a local Spark with {@code cores} task slots, each task tried once. */
    public static JavaSparkContext start(String appName, int cores) {
        return new JavaSparkContext(conf(appName, cores, 1));
    }
}
