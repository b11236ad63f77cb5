/**
 * The dashboard's read of the control plane: studies as summaries and snapshots
 * ({@link io.sparktune.dashboard.data.StudyCatalog}), and the server-side filtering, sorting and
 * paging of their trials ({@link io.sparktune.dashboard.data.TrialRows}) that the leaderboard and the
 * REST API share.
 */
package io.sparktune.dashboard.data;
