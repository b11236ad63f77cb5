package io.sparktune.runner.spark;

import org.apache.spark.JobExecutionStatus;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.api.java.JavaSparkContext;

/** Cancelling Spark job groups, as both dispatchers do it. */
final class SparkJobs {

    private SparkJobs() {
    }

    /**
     * Cancels the jobs of {@code group}, interrupting their tasks; nothing to do when Spark has
     * stopped already (a JVM shutdown stops it from Spark's own hook), as its jobs went with it.
     */
    static void cancel(JavaSparkContext spark, String group) {
        if (spark.sc().isStopped()) {
            return;
        }
        try {
            spark.cancelJobGroup(group);
        } catch (IllegalStateException e) {
            // stopped in between: its jobs ended with it
        }
    }

    /**
     * Cancels the jobs of {@code group} if Spark's status tracker still sees one running: for a job
     * that is ending by itself, where a cancel that comes too late makes Spark warn that it found
     * no job. The tracker learns of jobs late, so a job just started may be missed: not for jobs
     * that must be stopped.
     */
    static void cancelIfRunning(JavaSparkContext spark, String group) {
        if (!spark.sc().isStopped() && running(spark, group)) {
            cancel(spark, group);
        }
    }

    private static boolean running(JavaSparkContext spark, String group) {
        for (int id : spark.statusTracker().getJobIdsForGroup(group)) {
            SparkJobInfo job = spark.statusTracker().getJobInfo(id);
            if (job != null && (job.status() == JobExecutionStatus.RUNNING
                    || job.status() == JobExecutionStatus.UNKNOWN)) {
                return true;
            }
        }
        return false;
    }
}
