/**
 * The control plane: the Hazelcast cluster that holds every study's trials, reports and verdicts.
 * {@link io.sparktune.cluster.ClusterSettings} says which cluster (a name and the addresses of some of
 * its members, from the {@code --cluster} flag); {@link io.sparktune.cluster.ControlPlane} starts a
 * member of it or connects a client to it, always in the same way: a named cluster joined over TCP-IP
 * to the listed addresses only (multicast and auto-detection off, so two clusters on one machine, such
 * as parallel test runs, never join each other), no phone-home, Hazelcast's own logging quiet below
 * warnings, and a client that gives up with a clear message instead of waiting for ever.
 */
package io.sparktune.cluster;
