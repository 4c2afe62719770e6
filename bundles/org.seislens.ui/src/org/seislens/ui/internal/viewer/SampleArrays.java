package org.seislens.ui.internal.viewer;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Iterator;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.WindowData;

/**
 * The sample arrays of the viewer's windows, filled again once nobody reads them: a pan or a gather step read
 * its window into a new array of several megabytes, which the collector then had to find and free.
 * <p>
 * A load {@link #take}s arrays and reads into them off the UI thread. Once it hands its windows over, whoever
 * reads their samples — the loader while they are shown, a panel's frame while it waits or is drawn —
 * {@link #hold}s them and {@link #release}s them when done; an array nobody holds waits for the next load, so
 * no load ever writes into samples being drawn. Arrays a load took but never handed over are {@link #give}n
 * back. Arrays made elsewhere (a scattered gather read by the dataset, which may be cached there) are never
 * filled again: holding and releasing them does nothing. Safe between the UI thread, the loading job and the
 * rendering jobs.
 * </p>
 */
final class SampleArrays {

    /** Arrays kept waiting: one load's raw, processed and difference windows. */
    private static final int CAPACITY = 3;

    /** Arrays made here and not waiting, each with how many readers hold it. Guarded by this. */
    private final IdentityHashMap<float[], int[]> readers = new IdentityHashMap<>();
    /** Arrays nobody reads, all of one length. Guarded by this. */
    private final ArrayDeque<float[]> idle = new ArrayDeque<>();

    /**
     * @param length the number of samples
     * @return an array nobody reads any more, or a new one; the caller is its only user until it hands it over
     */
    synchronized float[] take(int length) {
        float[] array = null;
        for (Iterator<float[]> it = idle.iterator(); it.hasNext();) {
            float[] waiting = it.next();
            if (waiting.length == length) {
                it.remove();
                array = waiting;
                break;
            }
        }
        if (array == null) {
            array = new float[length];
        }
        readers.put(array, new int[1]);
        return array;
    }

    /**
     * Marks the samples of a window as read by one more reader.
     *
     * @param window a window, or {@code null}
     */
    synchronized void hold(@Nullable WindowData window) {
        int[] count = window == null ? null : readers.get(window.samples());
        if (count != null) {
            count[0]++;
        }
    }

    /**
     * Ends one reader's use of a window's samples; the array waits for the next load once nobody reads it.
     *
     * @param window a window held before, or {@code null}
     */
    synchronized void release(@Nullable WindowData window) {
        if (window == null) {
            return;
        }
        int[] count = readers.get(window.samples());
        if (count != null && --count[0] <= 0) {
            keep(window.samples());
        }
    }

    /** Holds the windows of a load. @param windows the windows, or {@code null} */
    void hold(@Nullable LoadedWindows windows) {
        if (windows != null) {
            hold(windows.raw());
            hold(windows.processed());
            hold(windows.difference());
        }
    }

    /** Releases the windows of a load. @param windows the windows held before, or {@code null} */
    void release(@Nullable LoadedWindows windows) {
        if (windows != null) {
            release(windows.raw());
            release(windows.processed());
            release(windows.difference());
        }
    }

    /**
     * Takes back an array that was taken and never handed over to a reader.
     *
     * @param array an array from {@link #take}
     */
    synchronized void give(float[] array) {
        int[] count = readers.get(array);
        if (count != null && count[0] == 0) {
            keep(array);
        }
    }

    /**
     * Lets go of an array that was taken and may still be written to: it is never filled again.
     *
     * @param array an array from {@link #take}
     */
    synchronized void forget(float[] array) {
        readers.remove(array);
    }

    private void keep(float[] array) {
        readers.remove(array);
        // Arrays of another length belong to a window size no longer shown.
        idle.removeIf(waiting -> waiting.length != array.length);
        if (idle.size() < CAPACITY) {
            idle.addFirst(array);
        }
    }

    /** @return arrays waiting for a load, for tests */
    synchronized int idle() {
        return idle.size();
    }

    /** @return arrays made here that a load or a reader still has, for tests */
    synchronized int inUse() {
        return readers.size();
    }
}
