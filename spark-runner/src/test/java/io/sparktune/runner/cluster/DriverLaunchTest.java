package io.sparktune.runner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriverLaunchTest {

    private final ApplicationJars jars = new ApplicationJars(Path.of("/opt/sparktune/app.jar"),
            Path.of("/opt/sparktune/lib"));

    private DriverLaunch launch(Map<String, String> conf) {
        return new DriverLaunch(jars, SparkMaster.parse("spark://m:7077"), "sparktune digits", MemorySize.parse("2g"),
                MemorySize.parse("512m"), conf, List.of("/studies/digits.json", "--cluster", "h:5701"));
    }

    @Test
    void theDriverIsSparkSubmitInClientModeRunningTheHiddenDriverCommandOfTheJar() {
        List<String> line = launch(Map.of()).commandLine(Path.of("/jdk/bin/java"));

        assertEquals("/jdk/bin/java", line.get(0));
        assertTrue(line.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), line.toString());
        assertTrue(line.contains("-Xmx2g"), line.toString());
        int cp = line.indexOf("-cp");
        assertEquals("/opt/sparktune/app.jar:/opt/sparktune/lib/*", line.get(cp + 1));
        assertEquals("org.apache.spark.deploy.SparkSubmit", line.get(cp + 2));
        assertEquals(List.of("--master", "spark://m:7077", "--deploy-mode", "client", "--name", "sparktune digits",
                "--class", "io.sparktune.cli.SparktuneCli", "--executor-memory", "512m"), line.subList(cp + 3, cp + 13));
        assertEquals(List.of("/opt/sparktune/app.jar", "driver", "/studies/digits.json", "--cluster", "h:5701"),
                line.subList(line.size() - 5, line.size()));
        assertTrue(line.contains("spark.executor.extraClassPath=/opt/sparktune/app.jar:/opt/sparktune/lib/*"),
                line.toString());
        assertTrue(line.contains("spark.executorEnv.OMP_NUM_THREADS=1"), line.toString());
        assertTrue(line.contains("--add-opens=java.management/sun.management=ALL-UNNAMED"), "Hazelcast's flags");
        assertTrue(line.stream().anyMatch(a -> a.startsWith("spark.executor.extraJavaOptions=--add-modules=java.se ")),
                line.toString());
    }

    @Test
    void theUsersSparkSettingsWinOverTheDefaults() {
        Map<String, String> conf = launch(Map.of("spark.executorEnv.OMP_NUM_THREADS", "4", "spark.task.cpus", "2"))
                .sparkConf();

        assertEquals("4", conf.get("spark.executorEnv.OMP_NUM_THREADS"));
        assertEquals("2", conf.get("spark.task.cpus"));
        assertEquals("/opt/sparktune/app.jar:/opt/sparktune/lib/*", conf.get("spark.executor.extraClassPath"));
    }
}
