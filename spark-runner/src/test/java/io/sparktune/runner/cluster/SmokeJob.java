package io.sparktune.runner.cluster;

import io.sparktune.trainer.Trainers;
import java.io.File;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A trivial Spark application of ours, run as a driver on the test cluster: each task names the
 * executor JVM it ran in and the trainers that JVM finds registered in the application jar.
 * Arguments: the master URL, then the executors' class path.
 */
public final class SmokeJob {

    private SmokeJob() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("sparktune smoke job").setMaster(args[0])
                .set("spark.executor.extraClassPath", args[1])
                .set("spark.executor.memory", "512m")
                // wait for both executors, so that the tasks spread over both workers
                .set("spark.scheduler.minRegisteredResourcesRatio", "1.0")
                .set("spark.scheduler.maxRegisteredResourcesWaitingTime", "60s");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            List<String> seen = spark.parallelize(IntStream.range(0, 8).boxed().toList(), 8)
                    .map(i -> "executor pid " + ProcessHandle.current().pid() + " trainers "
                            + String.join(",", Trainers.registry().names().stream().sorted().toList()))
                    .distinct().collect();
            seen.forEach(System.out::println);
        }
    }

    /** The class path of the test classes, which the executors need for this job's closures. */
    static String testClasses() {
        return new File(SmokeJob.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
    }
}
