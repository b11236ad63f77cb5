package io.sparktune.runner.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the dashboard's class path is: the system property {@value #CLASSPATH_PROPERTY} (the launcher
 * sets it), or else the dashboard module's build output under the project folder
 * ({@code sparktune.home}).
 *
 * @param classpath the class path of a dashboard JVM
 */
public record DashboardInstallation(String classpath) {

    /** The system property that holds the dashboard's class path. */
    public static final String CLASSPATH_PROPERTY = "sparktune.dashboard.classpath";

    /** The dashboard's main class. */
    public static final String MAIN_CLASS = "io.sparktune.dashboard.server.ServerMain";

    /** The dashboard of this installation, or empty when it is not built (or not known here). */
    public static Optional<DashboardInstallation> find() {
        String property = System.getProperty(CLASSPATH_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(new DashboardInstallation(property));
        }
        String home = System.getProperty("sparktune.home");
        if (home == null) {
            return Optional.empty();
        }
        Path target = Path.of(home, "dashboard", "target");
        Path lib = target.resolve("lib");
        try (var jars = Files.list(target)) {
            Optional<Path> jar = jars.filter(p -> p.getFileName().toString().matches("dashboard-.*\\.jar")
                    && !p.getFileName().toString().endsWith("-tests.jar")).findFirst();
            if (jar.isEmpty() || !Files.isDirectory(lib)) {
                return Optional.empty();
            }
            return Optional.of(new DashboardInstallation(jar.get() + File.pathSeparator + lib + File.separator + "*"));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
