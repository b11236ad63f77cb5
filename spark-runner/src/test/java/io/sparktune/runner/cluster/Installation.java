package io.sparktune.runner.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The packaged application as the integration tests find it: the spark-runner jar and the folder of
 * its runtime dependencies, the same pair the {@code sparktune} launcher runs from. The build passes
 * both as system properties; the defaults are where {@code package} puts them.
 */
public record Installation(Path jar, Path lib) {

    public Installation {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the application jar must exist (run the package phase first), but got "
                    + jar);
        }
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("the folder of runtime jars must exist (run the package phase first),"
                    + " but got " + lib);
        }
    }

    /** The installation this build made. */
    public static Installation current() {
        return new Installation(
                Path.of(System.getProperty("sparktune.jar", "target/spark-runner-0.1.0-SNAPSHOT.jar")).toAbsolutePath(),
                Path.of(System.getProperty("sparktune.lib", "target/lib")).toAbsolutePath());
    }

    /** The class path of a JVM that runs the application: the jar, then every runtime jar. */
    public List<String> classpath() {
        return List.of(jar.toString(), lib + File.separator + "*");
    }

    /** The java executable of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
