package org.seislens.ui.internal.headers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Control;
import org.seislens.core.DatasetException;
import org.seislens.core.TraceHeaders;
import org.seislens.ui.internal.viewer.Section;

/**
 * The rows of trace headers the Trace Headers view has read, by pages of {@link #PAGE} rows (the last
 * {@link #KEPT} used are kept), and the jobs that read more: a page is read once, in the background, when the
 * table first asks for one of its rows; a page that comes back for a section or columns no longer shown is
 * dropped. Used on the UI thread.
 */
final class HeaderPages {

    /** Rows read at a time. */
    static final int PAGE = 256;
    /** Pages kept in memory. */
    private static final int KEPT = 32;

    /** Told on the UI thread that the rows {@code start} to {@code end - 1} were read. */
    interface Listener {
        /**
         * @param start the first row read
         * @param end the row after the last
         */
        void read(int start, int end);
    }

    private final Control owner;
    private final Listener listener;
    /** Least recently used first; {@code get} answers null for a page not read. */
    @NonNullByDefault({})
    private final Map<Long, TraceHeaders> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, TraceHeaders> eldest) {
            return size() > KEPT;
        }
    };
    private final Map<Long, Job> reading = new LinkedHashMap<>();
    private @Nullable Section section;
    private List<String> columns = List.of();
    private int pagesRead;

    /**
     * @param owner the table, whose UI thread results come back on and whose life bounds the reads
     * @param listener told when rows are read
     */
    HeaderPages(Control owner, Listener listener) {
        this.owner = owner;
        this.listener = listener;
    }

    /**
     * Forgets what was read and cancels the reads running: rows of another section or columns come next.
     *
     * @param shown the section listed, or {@code null} for none
     * @param wanted the header columns read
     */
    void reset(@Nullable Section shown, List<String> wanted) {
        cancel();
        pages.clear();
        section = shown;
        columns = wanted;
    }

    /**
     * @param row a row of the table
     * @return the headers of the row's page if it was read (the row is {@code row % PAGE} of it), else {@code null}
     */
    @Nullable
    TraceHeaders page(int row) {
        return pages.get(Long.valueOf(row / PAGE));
    }

    /**
     * Starts reading the page of a row, unless it is being read.
     *
     * @param row a row of the table
     */
    void read(int row) {
        Section shown = section;
        Long key = Long.valueOf(row / PAGE);
        if (shown == null || reading.containsKey(key)) {
            return;
        }
        long start = key.longValue() * PAGE;
        long end = Math.min(shown.count(), start + PAGE);
        List<String> wanted = columns;
        Job job = Job.create(Messages.Job_headers, monitor -> {
            try {
                TraceHeaders values = shown.dataset().headers(shown.traceIndices(start, end), wanted, monitor);
                if (!owner.isDisposed()) {
                    owner.getDisplay().asyncExec(() -> pageRead(shown, wanted, key, values, start, end));
                }
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        reading.put(key, job);
        job.schedule();
    }

    private void pageRead(Section shown, List<String> wanted, Long page, TraceHeaders values, long start, long end) {
        if (owner.isDisposed() || !shown.equals(section) || wanted != columns) {
            return;
        }
        reading.remove(page);
        pages.put(page, values);
        pagesRead++;
        listener.read((int) start, (int) end);
    }

    /** Cancels the reads running. */
    void cancel() {
        for (Job j : reading.values()) {
            j.cancel();
        }
        reading.clear();
    }

    /** @return pages read since the view opened */
    int pagesRead() {
        return pagesRead;
    }
}
