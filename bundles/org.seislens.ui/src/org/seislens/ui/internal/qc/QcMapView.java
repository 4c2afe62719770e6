package org.seislens.ui.internal.qc;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.QcAttributes;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.TraceSelection;

/**
 * The QC map: the source and receiver positions of the dataset the viewer shows, coloured by a QC attribute
 * averaged per shot or per receiver. A click on a source opens its gather in the viewer.
 */
public final class QcMapView extends ViewPart {

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = "org.seislens.ui.views.qcMap"; //$NON-NLS-1$

    private final FollowedQc followed = new FollowedQc(c -> recolour());
    private @Nullable Canvas canvas;
    private @Nullable Combo attribute;
    private @Nullable Combo mode;
    private @Nullable Label status;
    private @Nullable Dataset dataset;
    private volatile @Nullable QcMapData data;
    private @Nullable Job loading;
    private final QcMapPainter painter = new QcMapPainter();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        Combo m = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        m.setItems(Messages.Map_sources, Messages.Map_receivers);
        m.select(0);
        m.addListener(SWT.Selection, e -> recolour());
        mode = m;
        Combo a = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        a.addListener(SWT.Selection, e -> recolour());
        attribute = a;
        Label s = new Label(parent, SWT.NONE);
        s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = s;
        Canvas c = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        c.addListener(SWT.Paint, e -> painter.paint(e.gc, c.getClientArea()));
        c.addListener(SWT.MouseUp, this::clicked);
        canvas = c;
        followed.followViewer(getSite().getPage(), this::selected);
        if (getSite().getPage().findView(SeismicViewerView.ID) instanceof SeismicViewerView view) {
            Dataset shown = view.dataset();
            if (shown != null) {
                show(shown);
            }
        }
    }

    private void selected(TraceSelection s) {
        if (s.section().dataset() != dataset) {
            show(s.section().dataset());
        }
    }

    /**
     * Shows the map of a dataset: reads its positions in the background.
     *
     * @param shown the dataset
     */
    public void show(Dataset shown) {
        dataset = shown;
        followed.set(DatasetQc.of(shown.descriptor().location()));
        data = null;
        Job previous = loading;
        if (previous != null) {
            previous.cancel();
        }
        Job job = Job.create(NLS.bind(Messages.Job_map, shown.descriptor().name()), monitor -> {
            try {
                QcMapData read = QcMapData.read(shown, monitor);
                Canvas c = canvas;
                if (c != null && !c.isDisposed()) {
                    c.getDisplay().asyncExec(() -> {
                        if (dataset == shown) {
                            data = read;
                            recolour();
                        }
                    });
                }
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                Canvas c = canvas;
                if (c != null && !c.isDisposed()) {
                    c.getDisplay().asyncExec(() -> setStatus(e.getMessage()));
                }
                return Status.OK_STATUS;
            }
        });
        loading = job;
        job.schedule();
        recolour();
    }

    /** @return the job that reads the positions, or {@code null} */
    public @Nullable Job loading() {
        return loading;
    }

    /** @return the positions shown, or {@code null} while they are read */
    public @Nullable QcMapData data() {
        return data;
    }

    /** @return the painter, which knows where each point is drawn */
    public QcMapPainter painter() {
        return painter;
    }

    /** @return the canvas */
    public @Nullable Canvas canvas() {
        return canvas;
    }

    private void recolour() {
        Canvas c = canvas;
        Combo a = attribute;
        Combo m = mode;
        DatasetQc state = followed.get();
        if (c == null || a == null || m == null || c.isDisposed()) {
            return;
        }
        QcAttributes attrs = state == null ? null : state.attributes();
        List<String> names = new ArrayList<>();
        if (attrs != null) {
            names.add(QcMapData.FLAGGED);
            names.addAll(attrs.values().keySet());
        }
        String chosen = a.getSelectionIndex() < 0 ? QcMapData.FLAGGED : a.getItem(a.getSelectionIndex());
        if (!names.equals(List.of(a.getItems()))) {
            a.setItems(names.toArray(String[]::new));
            a.select(Math.max(0, names.indexOf(chosen)));
            a.getParent().layout();
        }
        boolean perShot = m.getSelectionIndex() == 0;
        QcMapData d = data;
        double[] values = d == null || attrs == null || a.getSelectionIndex() < 0 ? null
                : d.mean(attrs, a.getItem(a.getSelectionIndex()), perShot);
        painter.set(d, perShot, values);
        setStatus(d == null ? Messages.Map_reading
                : NLS.bind(Messages.Map_status, d, attrs == null ? Messages.Edits_noQc : "")); //$NON-NLS-1$
        c.redraw();
    }

    private void setStatus(String text) {
        Label s = status;
        if (s != null && !s.isDisposed()) {
            s.setText(text);
            s.getParent().layout();
        }
    }

    private void clicked(Event e) {
        QcMapData d = data;
        if (e.button != 1 || d == null) {
            return;
        }
        int shot = painter.sourceAt(e.x, e.y);
        if (shot >= 0) {
            GoTo.gather(getSite().getPage(), QcMapData.SHOT_KEY, d.shots()[shot]);
        }
    }

    @Override
    public void setFocus() {
        Canvas c = canvas;
        if (c != null) {
            c.setFocus();
        }
    }

    @Override
    public void dispose() {
        followed.dispose();
        super.dispose();
    }
}
