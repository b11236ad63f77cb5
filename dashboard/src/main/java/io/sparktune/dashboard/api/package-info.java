/**
 * The dashboard's REST API under {@code /api} (documented in {@code docs/rest-api.md}): the studies,
 * their trials (filtered, sorted and paged on the server), the best configuration in the format of
 * {@code best.json}, and a request to stop a study. {@link io.sparktune.dashboard.api.ApiServlet} is
 * the servlet; {@link io.sparktune.dashboard.api.Endpoint} and
 * {@link io.sparktune.dashboard.api.TrialQueryParams} read requests, {@link io.sparktune.dashboard.api.StudiesApi}
 * answers them and {@link io.sparktune.dashboard.api.ApiJson} writes the JSON, all three testable with no
 * server.
 */
package io.sparktune.dashboard.api;
