/** The dashboard in a real browser: headless Chromium, driven by playwright-core, against a running study. */
package io.sparktune.dashboard.browser;
