package io.sparktune.runner.cluster;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Objects;

/**
 * The application as it is installed: the spark-runner jar and the {@code lib} folder of its runtime
 * jars beside it, as the build lays them out and the {@code sparktune} launcher runs them. A driver
 * and its executors run from the same pair.
 */
public record ApplicationJars(Path jar, Path lib) {

    public ApplicationJars {
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(lib, "lib");
    }

    /**
     * The jar this class was loaded from and the {@code lib} folder next to it.
     *
     * @throws IllegalStateException when the classes do not come from such a jar (a build that was
     *     not packaged)
     */
    public static ApplicationJars locate() {
        CodeSource source = ApplicationJars.class.getProtectionDomain().getCodeSource();
        Path location;
        try {
            location = source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            location = null;
        }
        if (location == null || !Files.isRegularFile(location) || !location.toString().endsWith(".jar")) {
            throw new IllegalStateException("the application jar was not found (the classes come from " + location
                    + "): build it with ./mvnw package, or run the sparktune launcher");
        }
        Path lib = location.resolveSibling("lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("the folder of runtime jars must be next to the application jar, but "
                    + lib + " is not a folder: build it with ./mvnw package");
        }
        return new ApplicationJars(location, lib);
    }

    /** The class path of a JVM that runs the application: the jar, then every runtime jar. */
    public String classpath() {
        return jar + File.pathSeparator + lib + File.separator + "*";
    }
}
