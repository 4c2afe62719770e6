/**
 * Helpers for tests that drive the real SeisLens workbench under Xvfb, in the spirit of SWTBot (which is
 * not published on Maven Central): run code on the UI thread, wait for conditions, find widgets, post real
 * input events and capture what is on screen; and find the services a bundle's tests use
 * ({@link org.seislens.test.support.RegisteredServices}).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.test.support;
