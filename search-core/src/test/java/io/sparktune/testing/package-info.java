/**
 * Test doubles that tests of any module may use: a clock that moves only when told, and a Hazelcast
 * control plane on loopback under a cluster name of its own.
 */
package io.sparktune.testing;
