package io.sparktune.runner.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How {@code submit} starts a study's driver: a JVM running Spark's own {@code SparkSubmit} in client
 * deploy mode, with the application jar as the application and the hidden {@code sparktune driver}
 * command as its main.
 *
 * <p>The executors load the application from {@code spark.executor.extraClassPath}: the same jar and
 * {@code lib} folder, at the same path on every worker (install the application where Spark is
 * installed, as Spark itself must be). Shipping the 400 MB of runtime jars with every application
 * instead would copy them into each executor's folder at every start.
 *
 * @param conf Spark settings given by the user; they win over the defaults this launch sets
 * @param driverArgs the arguments of {@code sparktune driver}
 */
public record DriverLaunch(ApplicationJars jars, SparkMaster master, String appName, MemorySize driverMemory,
        MemorySize executorMemory, Map<String, String> conf, List<String> driverArgs) {

    /** The main class of the driver: the command line, whose first argument is {@value #DRIVER_COMMAND}. */
    public static final String DRIVER_MAIN = "io.sparktune.cli.SparktuneCli";
    /** The hidden command that runs a study as a Spark driver. */
    public static final String DRIVER_COMMAND = "driver";
    /** Spark's own submission entry point, in spark-core. */
    static final String SPARK_SUBMIT = "org.apache.spark.deploy.SparkSubmit";

    public DriverLaunch {
        Objects.requireNonNull(jars, "jars");
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(appName, "appName");
        Objects.requireNonNull(driverMemory, "driverMemory");
        Objects.requireNonNull(executorMemory, "executorMemory");
        conf = Map.copyOf(conf);
        driverArgs = List.copyOf(driverArgs);
    }

    /** The Spark settings of the application: the defaults below, then the user's. */
    public Map<String, String> sparkConf() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spark.executor.extraClassPath", jars.classpath());
        // One OpenMP thread per ND4J operation, as the launcher sets for local runs: an executor runs
        // one trial per core, and oversubscribed OpenMP threads slow small networks down tenfold.
        all.put("spark.executorEnv.OMP_NUM_THREADS", "1");
        all.put("spark.ui.showConsoleProgress", "false");
        // Spark adds its own module options to executors; Hazelcast's are for the store's client there.
        List<String> executorOptions = new ArrayList<>(JvmFlags.HAZELCAST);
        String home = System.getProperty("sparktune.home");
        if (home != null) {
            executorOptions.add("-Dsparktune.home=" + home);
        }
        all.put("spark.executor.extraJavaOptions", String.join(" ", executorOptions));
        all.putAll(conf);
        return all;
    }

    /** The command line of the driver JVM, run with {@code java}. */
    public List<String> commandLine(Path java) {
        List<String> line = new ArrayList<>();
        line.add(java.toString());
        line.addAll(JvmFlags.sparkAndHazelcast());
        line.add("-Xmx" + driverMemory);
        String home = System.getProperty("sparktune.home");
        if (home != null) {
            line.add("-Dsparktune.home=" + home);
        }
        line.addAll(List.of("-cp", jars.classpath(), SPARK_SUBMIT));
        line.addAll(List.of("--master", master.url(), "--deploy-mode", "client", "--name", appName,
                "--class", DRIVER_MAIN, "--executor-memory", executorMemory.text()));
        sparkConf().forEach((key, value) -> line.addAll(List.of("--conf", key + "=" + value)));
        line.add(jars.jar().toString());
        line.add(DRIVER_COMMAND);
        line.addAll(driverArgs);
        return line;
    }

    /** The java executable of this JVM, for a driver that runs the same Java. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
