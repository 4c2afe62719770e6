package org.seislens.ui.internal.headers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.TraceHeaders;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.Section;
import org.seislens.ui.internal.viewer.TraceSelection;
import org.seislens.ui.internal.viewer.TraceSelectionProvider;

/**
 * The trace headers of what the viewer shows (an ensemble, or the whole dataset), one row per displayed
 * trace, in a virtual table that reads only the pages of rows on screen. Picking a row outlines the trace in
 * the viewer; picking a trace in the viewer selects its row.
 */
public class TraceHeaderView extends ViewPart {

    /** Columns shown until the user chooses others, of those the dataset has. */
    public static final List<String> DEFAULT_COLUMNS = List.of("field_record", "trace_number", "cdp", "cdp_trace", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "offset", "source_x", "source_y", "group_x", "group_y", "receiver_group_elevation"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private final TraceSelectionProvider selection = new TraceSelectionProvider(this::viewerChanged);
    // made in createPartControl, which the workbench calls before anything else uses them
    @NonNullByDefault({})
    private Table table;
    @NonNullByDefault({})
    private HeaderPages pages;
    private @Nullable Section section;
    private List<String> columns = List.of();
    private List<String> chosen = DEFAULT_COLUMNS;
    private long selected = -1;

    @Override
    public void createPartControl(Composite parent) {
        table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.SetData, this::fillItem);
        pages = new HeaderPages(table, (start, end) -> table.clear(start, end - 1));
        table.addListener(SWT.Selection, e -> {
            int row = table.getSelectionIndex();
            if (row >= 0 && row != selected) {
                selected = row;
                selection.set(section, selected);
            }
        });
        Action choose = new Action(Messages.Headers_columns) {
            @Override
            public void run() {
                chooseColumns();
            }
        };
        choose.setToolTipText(Messages.Headers_columnsTip);
        getViewSite().getActionBars().getMenuManager().add(choose);
        getSite().setSelectionProvider(selection);
        selection.follow(getSite().getPage(), SeisLensUi.VIEW_VIEWER);
        IViewPart viewer = getSite().getPage().findView(SeisLensUi.VIEW_VIEWER);
        if (viewer instanceof SeismicViewerView v && v.selection().getSelection() instanceof TraceSelection picked) {
            viewerChanged(picked);
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        selection.dispose();
        if (pages != null) {
            pages.cancel();
        }
        super.dispose();
    }

    private void viewerChanged(TraceSelection picked) {
        if (table.isDisposed()) {
            return;
        }
        if (!picked.section().equals(section)) {
            setSection(picked.section());
        }
        if (picked.position() != selected) {
            selected = picked.position();
            if (selected >= 0 && selected < table.getItemCount()) {
                table.setSelection((int) selected);
                table.showSelection();
            } else {
                table.deselectAll();
            }
        }
        selection.reflect(section, selected);
    }

    private void setSection(Section shown) {
        section = shown;
        selected = -1;
        List<String> available = shown.dataset().descriptor().headerColumns();
        List<String> wanted = new ArrayList<>();
        for (String c : chosen) {
            if (available.contains(c)) {
                wanted.add(c);
            }
        }
        columns = List.copyOf(wanted);
        pages.reset(shown, columns);
        table.setRedraw(false);
        try {
            table.setItemCount(0);
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            column(Messages.Headers_position, 60);
            column(Messages.Headers_trace, 80);
            for (String c : columns) {
                column(c, Math.max(70, 8 * c.length()));
            }
            table.setItemCount((int) Math.min(Integer.MAX_VALUE, shown.count()));
        } finally {
            table.setRedraw(true);
        }
        setPartName(NLS.bind(Messages.Headers_title, shown.title()));
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.RIGHT);
        c.setText(title);
        c.setWidth(width);
    }

    private void fillItem(Event e) {
        TableItem item = (TableItem) e.item;
        int row = table.indexOf(item);
        if (section == null) {
            return;
        }
        TraceHeaders values = pages.page(row);
        if (values == null) {
            item.setText(0, Integer.toString(row));
            pages.read(row);
            return;
        }
        int r = row % HeaderPages.PAGE;
        String[] texts = new String[2 + columns.size()];
        texts[0] = Integer.toString(row);
        texts[1] = Long.toString(values.traceIndex(r));
        for (int c = 0; c < columns.size(); c++) {
            texts[2 + c] = Long.toString(values.value(r, columns.get(c)));
        }
        item.setText(texts);
    }

    private void chooseColumns() {
        Section shown = section;
        if (shown == null) {
            return;
        }
        List<String> available = new ArrayList<>(shown.dataset().descriptor().headerColumns());
        available.remove("raw"); //$NON-NLS-1$
        available.remove("trace_index"); //$NON-NLS-1$
        ListSelectionDialog dialog = ListSelectionDialog.of(available).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider()).message(Messages.Headers_columnsMessage)
                .preselect(columns.toArray()).create(getSite().getShell());
        dialog.setTitle(Messages.Headers_columns);
        if (dialog.open() == Window.OK) {
            List<String> picked = new ArrayList<>();
            for (Object o : dialog.getResult()) {
                picked.add((String) o);
            }
            setColumns(picked);
        }
    }

    /**
     * Shows other header columns.
     *
     * @param names header column names, in order
     */
    public void setColumns(List<String> names) {
        chosen = List.copyOf(names);
        Section shown = section;
        if (shown != null) {
            long keep = selected;
            setSection(shown);
            selected = keep;
            selection.reflect(shown, keep);
            if (keep >= 0 && keep < table.getItemCount()) {
                table.setSelection((int) keep);
            }
        }
    }

    /** @return the picked row as a workbench selection (what the view's site provides) */
    public TraceSelectionProvider selection() {
        return selection;
    }

    // ---- state for tests

    /** @return the table */
    public Table table() {
        return table;
    }

    /** @return the section whose headers are listed, or {@code null} */
    public @Nullable Section section() {
        return section;
    }

    /** @return the header columns listed after position and trace */
    public List<String> columns() {
        return columns;
    }

    /** @return the selected display position, or -1 */
    public long selected() {
        return selected;
    }

    /**
     * @param row a row of the table
     * @return the row's cell texts if its page has been read, else {@code null}
     */
    public String @Nullable [] rowTexts(int row) {
        Section shown = section;
        TraceHeaders values = pages.page(row);
        if (shown == null || values == null) {
            return null;
        }
        TableItem item = table.getItem(row);
        String[] texts = new String[table.getColumnCount()];
        for (int c = 0; c < texts.length; c++) {
            texts[c] = item.getText(c);
        }
        return texts;
    }

    /** @return pages of rows read from the dataset since the view opened */
    public int pagesRead() {
        return pages.pagesRead();
    }

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = SeisLensUi.VIEW_HEADERS;
}
