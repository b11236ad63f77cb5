package io.sparktune.runner.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a dataset without a {@code directory} is looked for: {@code examples/data/<type>} under the
 * current folder, then under the project folder given by the system property {@code sparktune.home}
 * (the launcher can set it), in that order.
 */
record DataLocations(Path workingDirectory, Optional<Path> home) {

    static final String HOME_PROPERTY = "sparktune.home";

    DataLocations {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(home, "home");
    }

    /** This JVM's: {@code user.dir} and {@code sparktune.home}. */
    static DataLocations current() {
        String home = System.getProperty(HOME_PROPERTY);
        return new DataLocations(Path.of(System.getProperty("user.dir")).toAbsolutePath(),
                home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home).toAbsolutePath()));
    }

    /** The default folder of a dataset under {@code root}. */
    static Path dataFolder(Path root, String type) {
        return root.resolve("examples").resolve("data").resolve(type).normalize();
    }
}
