package io.sparktune.dashboard.server;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The context of the dashboard this JVM serves. Vaadin and the servlet container make the pages and
 * the REST servlet themselves (no injection here), so they find their context in this one place;
 * {@link DashboardServer} sets it before the server starts. One dashboard per JVM.
 */
public final class Dashboards {

    private static final AtomicReference<DashboardContext> CURRENT = new AtomicReference<>();

    private Dashboards() {
    }

    /** The context of this JVM's dashboard. */
    public static DashboardContext current() {
        DashboardContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("no dashboard is running in this JVM");
        }
        return context;
    }

    static void install(DashboardContext context) {
        if (!CURRENT.compareAndSet(null, context)) {
            throw new IllegalStateException("a dashboard is already running in this JVM");
        }
    }

    static void uninstall(DashboardContext context) {
        CURRENT.compareAndSet(context, null);
    }
}
