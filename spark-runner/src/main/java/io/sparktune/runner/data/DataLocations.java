package io.sparktune.runner.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a dataset without a {@code directory} is looked for: {@code examples/data/<type>} under the
 * current folder, then under the project folder given by the system property {@code sparktune.home}
 * (the launcher can set it), in that order; for Fashion-MNIST last where Debian's package puts it.
 *
 * @param debianFashionMnist the folder of Debian's {@code dataset-fashion-mnist} package
 */
record DataLocations(Path workingDirectory, Optional<Path> home, Path debianFashionMnist) {

    static final String HOME_PROPERTY = "sparktune.home";
    static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    DataLocations {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(debianFashionMnist, "debianFashionMnist");
    }

    /** This JVM's: {@code user.dir}, {@code sparktune.home} and Debian's folder. */
    static DataLocations current() {
        String home = System.getProperty(HOME_PROPERTY);
        return new DataLocations(Path.of(System.getProperty("user.dir")).toAbsolutePath(),
                home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home).toAbsolutePath()),
                DEBIAN_FASHION_MNIST);
    }

    /** The default folder of a dataset under {@code root}. */
    static Path dataFolder(Path root, String type) {
        return root.resolve("examples").resolve("data").resolve(type).normalize();
    }
}
