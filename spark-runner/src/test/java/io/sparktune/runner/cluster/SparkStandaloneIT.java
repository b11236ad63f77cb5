package io.sparktune.runner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The test cluster itself: a master and two workers in their own JVMs run a job of the application jar. */
class SparkStandaloneIT {

    private static final Pattern EXECUTOR = Pattern.compile("executor pid (\\d+) trainers (\\S+)");

    @RegisterExtension
    final LogsOnFailure logs = new LogsOnFailure();

    @TempDir
    Path dir;

    @Test
    void runsAJobOfTheApplicationJarOnBothWorkersAndLosesAKilledOne() throws Exception {
        try (SparkStandalone spark = logs.watch(SparkStandalone.start(dir.resolve("spark"), 2, "1g"))) {
            assertEquals(2, spark.aliveWorkers());

            Installation installation = Installation.current();
            List<String> classpath = new ArrayList<>();
            classpath.add(SmokeJob.testClasses());
            classpath.addAll(installation.classpath());
            List<String> options = new ArrayList<>(List.of(JavaModuleOptions.defaultModuleOptionArray()));
            options.add("-Xmx512m");
            JavaCommand command = new JavaCommand(options, classpath, SmokeJob.class.getName(),
                    List.of(spark.masterUrl(), String.join(File.pathSeparator, classpath)), spark.environment(),
                    dir.resolve("driver"));
            try (JavaProcess driver = logs.watch(JavaProcess.start("smoke driver", command,
                    dir.resolve("logs/driver.log")))) {
                Optional<Integer> exit = driver.waitFor(Duration.ofMinutes(3));
                assertEquals(Optional.of(0), exit, "the driver's exit code");
                List<Matcher> lines = driver.output().lines().map(EXECUTOR::matcher).filter(Matcher::find).toList();
                Set<String> pids = lines.stream().map(m -> m.group(1)).collect(Collectors.toSet());
                assertEquals(2, pids.size(), "executor JVMs that ran tasks: " + pids);
                for (Matcher line : lines) {
                    assertTrue(List.of(line.group(2).split(",")).containsAll(List.of("dl4j", "function")),
                            "trainers registered on an executor: " + line.group(2));
                    assertFalse(pids.contains(String.valueOf(driver.pid())), "tasks ran in the driver");
                }
            }

            JavaProcess worker = spark.worker(0);
            spark.killWorker(0);
            assertFalse(worker.isAlive());
            spark.awaitAliveWorkers(1);
            assertTrue(spark.worker(1).isAlive());
        }
    }
}
