package io.sparktune.runner.dashboard;

import java.util.Optional;

/**
 * Where the dashboard's class path is: the system property {@value #CLASSPATH_PROPERTY}, which the
 * {@code sparktune} launcher sets (and the build, for the tests).
 *
 * @param classpath the class path of a dashboard JVM
 */
public record DashboardInstallation(String classpath) {

    /** The system property that holds the dashboard's class path. */
    public static final String CLASSPATH_PROPERTY = "sparktune.dashboard.classpath";

    /** The dashboard's main class. */
    public static final String MAIN_CLASS = "io.sparktune.dashboard.server.ServerMain";

    /** The dashboard of this installation, or empty when it is not known here (the jar run without the launcher). */
    public static Optional<DashboardInstallation> find() {
        String property = System.getProperty(CLASSPATH_PROPERTY);
        return property == null || property.isBlank() ? Optional.empty()
                : Optional.of(new DashboardInstallation(property));
    }
}
