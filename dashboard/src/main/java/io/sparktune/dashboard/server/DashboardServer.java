package io.sparktune.dashboard.server;

import com.github.mvysny.vaadinboot.VaadinBoot;
import java.util.Objects;

/**
 * The dashboard's web server: Jetty, with the Vaadin pages and the REST API under {@code /api},
 * found on the class path. Start it with the context its pages and API use; close it to stop it.
 */
public final class DashboardServer implements AutoCloseable {

    private static final String PRODUCTION_MODE = "vaadin.productionMode";

    private final VaadinBoot boot;
    private final DashboardContext context;
    private final String url;

    private DashboardServer(VaadinBoot boot, DashboardContext context, String url) {
        this.boot = boot;
        this.context = context;
        this.url = url;
    }

    /**
     * Starts serving on {@code host}:{@code port}.
     *
     * @throws IllegalStateException when the server cannot start (the port is taken, say), or a
     *     dashboard already runs in this JVM
     */
    public static DashboardServer start(DashboardContext context, String host, int port) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(host, "host");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be 1 to 65535, but got " + port);
        }
        Dashboards.install(context);
        // The front end is Vaadin's prebuilt production bundle: there is no development mode here.
        if (System.getProperty(PRODUCTION_MODE) == null) {
            System.setProperty(PRODUCTION_MODE, "true");
        }
        VaadinBoot boot = new VaadinBoot().withPort(port).listenOn(host).openBrowserInDevMode(false);
        try {
            boot.start();
        } catch (Exception e) {
            Dashboards.uninstall(context);
            throw new IllegalStateException("cannot start the dashboard on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return new DashboardServer(boot, context, "http://" + shown + ":" + port + "/");
    }

    /** Where the dashboard is, ending in {@code /}: {@code http://127.0.0.1:8265/}. */
    public String url() {
        return url;
    }

    public DashboardContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            boot.stop("dashboard closed");
        } finally {
            Dashboards.uninstall(context);
        }
    }
}
