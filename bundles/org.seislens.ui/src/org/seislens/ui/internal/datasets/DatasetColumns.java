package org.seislens.ui.internal.datasets;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.seislens.core.DatasetDescriptor;

/**
 * The columns of the Datasets view's table: name, traces, samples, interval and size of each {@link DatasetEntry};
 * until its metadata is read a row says it is being read (or unreadable), and its tooltip gives the location or
 * the reason it cannot be read.
 */
final class DatasetColumns {

    private DatasetColumns() {
    }

    /**
     * Adds the columns to a table whose elements are {@link DatasetEntry}s.
     *
     * @param viewer the view's table
     */
    static void addTo(TableViewer viewer) {
        column(viewer, Messages.Column_name, 220, SWT.LEFT, DatasetEntry::name);
        column(viewer, Messages.Column_traces, 90, SWT.RIGHT,
                e -> described(e, d -> Formats.count(d.traceCount()), state(e)));
        column(viewer, Messages.Column_samples, 80, SWT.RIGHT,
                e -> described(e, d -> Formats.count(d.sampleCount()), "")); //$NON-NLS-1$
        column(viewer, Messages.Column_interval, 90, SWT.RIGHT,
                e -> described(e, d -> Formats.interval(d.sampleInterval()), "")); //$NON-NLS-1$
        column(viewer, Messages.Column_size, 100, SWT.RIGHT, e -> Formats.size(e.sizeOnDisk()));
    }

    private static String described(DatasetEntry e, Function<DatasetDescriptor, String> text, String unread) {
        DatasetDescriptor d = e.descriptor();
        return d == null ? unread : text.apply(d);
    }

    private static String state(DatasetEntry e) {
        return e.error() != null ? Messages.Entry_unreadable : Messages.Entry_reading;
    }

    private static void column(TableViewer viewer, String title, int width, int style,
            Function<DatasetEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, style);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DatasetEntry) element);
            }

            @Override
            public String getToolTipText(Object element) {
                DatasetEntry e = (DatasetEntry) element;
                String error = e.error();
                return error != null ? error : e.location().toString();
            }
        });
    }
}
