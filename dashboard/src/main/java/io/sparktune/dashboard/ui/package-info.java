/**
 * The dashboard's web pages (Vaadin Flow, server side only): the studies list, a study's live
 * leaderboard with its charts, one trial, and the sign-in page used when the dashboard has a token.
 * Every page reads the control plane through {@link io.sparktune.dashboard.data.StudyCatalog}, one
 * snapshot per change, and is pushed its updates ({@code @Push}) while it is open.
 */
package io.sparktune.dashboard.ui;
