package io.sparktune.dashboard.server;

import io.sparktune.dashboard.data.StudyCatalog;
import java.time.Clock;
import java.util.Objects;

/**
 * What the pages and the REST API of one dashboard work with.
 *
 * @param catalog the control plane's studies
 * @param access who may use them
 * @param clock the time shown as "now" (elapsed times)
 */
public record DashboardContext(StudyCatalog catalog, AccessPolicy access, Clock clock) {

    public DashboardContext {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(clock, "clock");
    }
}
