/**
 * Helpers for tests that drive the real SeisLens workbench under Xvfb, in the spirit of SWTBot (which is
 * not published on Maven Central): run code on the UI thread, wait for conditions, find widgets, post real
 * input events and capture what is on screen.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.test.support;
