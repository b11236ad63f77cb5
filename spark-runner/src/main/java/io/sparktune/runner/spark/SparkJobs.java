package io.sparktune.runner.spark;

import org.apache.spark.api.java.JavaSparkContext;

/** Small helpers around Spark's job groups. */
final class SparkJobs {

    private SparkJobs() {
    }

    /**
     * Cancels the jobs of {@code group}, interrupting their tasks; nothing to do when Spark has
     * stopped already (a JVM shutdown stops it from Spark's own hook), as its jobs went with it.
     */
    static void cancel(JavaSparkContext spark, String group) {
        if (!spark.sc().isStopped()) {
            try {
                spark.cancelJobGroup(group);
            } catch (IllegalStateException e) {
                // stopped in between: its jobs ended with it
            }
        }
    }
}
