/** Test doubles that tests of any module may use: a clock that moves only when told. */
package io.sparktune.testing;
