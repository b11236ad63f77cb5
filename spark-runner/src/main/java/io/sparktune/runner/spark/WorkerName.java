package io.sparktune.runner.spark;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/**
 * How a Spark task names itself as a trial's worker: {@code "executor 1 on 10.0.0.5, task 42"}.
 * The task attempt id is unique in the application, so a task that Spark runs again (even on the
 * same executor) is another worker, and the store's claim stops it from running the attempt twice.
 */
final class WorkerName {

    private WorkerName() {
    }

    /** The name of the Spark task running on this thread. */
    static String current() {
        SparkEnv env = SparkEnv.get();
        TaskContext task = TaskContext.get();
        String executor = env != null ? env.executorId() : "(no Spark executor)";
        String host = env != null ? env.blockManager().blockManagerId().host() : localHost();
        return "executor " + executor + " on " + host + (task != null ? ", task " + task.taskAttemptId() : "");
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            return "an unknown host";
        }
    }
}
