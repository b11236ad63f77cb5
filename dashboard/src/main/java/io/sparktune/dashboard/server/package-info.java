/**
 * The dashboard's process: the web server, who may use it ({@link io.sparktune.dashboard.server.AccessPolicy}),
 * and the context its pages and REST API share.
 */
package io.sparktune.dashboard.server;
