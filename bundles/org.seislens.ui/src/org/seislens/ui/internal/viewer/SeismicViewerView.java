package org.seislens.ui.internal.viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.CacheStatistics;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.FileDrops;
import org.seislens.ui.internal.render.AmplitudeScale;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.SectionRenderer;
import org.seislens.ui.internal.render.Viewport;

/**
 * The seismic viewer: one dataset, or one ensemble of it, drawn on a canvas from images built in background
 * jobs. Windows are loaded with padding and hysteresis ({@link LoadPolicy}); a newer load cancels an older
 * one still running; the UI thread never reads storage or renders.
 */
public class SeismicViewerView extends ViewPart implements DatasetOpener, ISelectionProvider {

    /** Default header keys that label the trace axis, when the dataset has them. */
    public static final List<String> DEFAULT_KEYS = List.of("field_record", "offset"); //$NON-NLS-1$ //$NON-NLS-2$

    private final ServiceLookup services = new ServiceLookup();
    private final ViewportController controller = new ViewportController(LoadPolicy.DEFAULT);
    private final RenderJob renderJob = new RenderJob();
    private final AtomicInteger loadsStarted = new AtomicInteger();
    private final AtomicInteger loadsApplied = new AtomicInteger();
    private final AtomicInteger loadsCancelled = new AtomicInteger();
    private volatile WindowReader reader = WindowReader.DIRECT;

    private final SelectionListeners selectionListeners = new SelectionListeners();
    private final ISelectionListener headerTableListener = (part, selection) -> pickedInTable(selection);

    private Canvas canvas;
    private HeaderCurveStrip curve;
    private @Nullable String curveKey = "offset"; //$NON-NLS-1$
    private @Nullable Section section;
    private long highlighted = -1;
    private boolean clickPending;
    private @Nullable IMemento restored;
    private @Nullable Ensemble shownCallbackFor;
    private @Nullable Runnable shownCallback;
    private Label readout;
    private Label cacheFigures;
    private DisplaySettings settings = DisplaySettings.DEFAULT;
    private List<String> keys = DEFAULT_KEYS;
    private boolean depthAxis;
    private @Nullable Dataset dataset;
    private @Nullable Ensemble ensemble;
    private @Nullable WindowData window;
    private @Nullable TraceHeaders headers;
    private @Nullable Image image;
    private @Nullable Viewport imageViewport;
    private @Nullable Job loadJob;
    private int dragX;
    private int dragY;
    private boolean panning;
    private @Nullable Rectangle rubberBand;
    private int renderedGeneration;
    private int requestedRenderGeneration;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        curve = new HeaderCurveStrip(parent, chosen -> {
            curveKey = chosen;
            Dataset d = dataset;
            if (d != null) {
                reloadHeaders();
            }
        });
        GridData curveData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        curveData.heightHint = HeaderCurveStrip.HEIGHT;
        curve.control().setLayoutData(curveData);
        canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        readout = new Label(parent, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        readout.setText(Messages.Viewer_empty);
        cacheFigures = new Label(parent, SWT.RIGHT);
        cacheFigures.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> {
            Rectangle plot = plotArea();
            controller.setSize(plot.width, plot.height);
            viewChanged();
        });
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.addListener(SWT.Dispose, e -> disposeImage());
        FileDrops.accept(canvas, this::dropped);
        updateCacheFigures();
        getSite().setSelectionProvider(this);
        IMemento memento = restored;
        restored = null;
        if (memento != null) {
            restore(memento);
        }
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(SeisLensUi.CONTEXT_GATHERS);
        }
        getSite().getPage().addPostSelectionListener(SeisLensUi.VIEW_HEADERS, headerTableListener);
    }

    @Override
    public void init(IViewSite site, @Nullable IMemento memento) throws PartInitException {
        super.init(site, memento);
        restored = memento;
    }

    @Override
    public void saveState(IMemento memento) {
        Dataset d = dataset;
        Ensemble e = ensemble;
        new ViewerState(d == null ? null : d.descriptor().location(), e == null ? null : e.key(),
                e == null ? 0 : e.value(), settings, curve.key(), depthAxis).save(memento);
    }

    /** Shows again what the view showed when the workbench was closed, if it is still there. */
    private void restore(IMemento memento) {
        ViewerState state = ViewerState.restore(memento, curveKey);
        settings = state.settings();
        curveKey = state.curveKey();
        depthAxis = state.depthAxis();
        Path location = state.dataset();
        if (location == null || !Files.isRegularFile(location.resolve("metadata.json"))) { //$NON-NLS-1$
            return;
        }
        Job job = open(location);
        String key = state.ensembleKey();
        if (key != null) {
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    if (event.getResult().isOK()) {
                        asyncExec(() -> openEnsemble(key, state.ensembleValue()), () -> {
                            // the view is gone
                        });
                    }
                }
            });
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        Job job = loadJob;
        if (job != null) {
            job.cancel();
        }
        renderJob.cancel();
        getSite().getPage().removePostSelectionListener(SeisLensUi.VIEW_HEADERS, headerTableListener);
        Dataset d = dataset;
        dataset = null;
        if (d != null) {
            d.close();
        }
        services.close();
        super.dispose();
    }

    // ---- opening

    /**
     * Opens a dataset directory, or imports a SEG-Y or Seismic Unix file into a sibling
     * {@code <name>.seislens} directory first (reusing one an earlier import left), then shows it.
     *
     * @param path a dataset directory or a SEG-Y file
     * @return the job that opens it
     */
    @Override
    public Job open(Path path) {
        Job job = Job.create(NLS.bind(Messages.Job_open, path.getFileName()), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            try {
                Path directory = path;
                if (Files.isRegularFile(path)) {
                    directory = importedSibling(path, progress.split(8));
                } else if (!Files.isDirectory(path)) {
                    return Status.error(NLS.bind(Messages.Error_notADataset, path));
                }
                Dataset opened = services.require(DatasetService.class).open(directory, progress.split(2));
                // listed in the Datasets view from now on, also after a restart
                new org.seislens.ui.internal.datasets.KnownDatasets().add(directory);
                asyncExec(() -> show(opened, null), opened::close);
                return Status.OK_STATUS;
            } catch (DatasetException | IllegalStateException e) {
                return Status.error(NLS.bind(Messages.Error_openFailed, path) + ": " + e.getMessage(), e); //$NON-NLS-1$
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private Path importedSibling(Path file, IProgressMonitor monitor) throws DatasetException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path target = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".seislens"); //$NON-NLS-1$
        if (Files.isRegularFile(target.resolve("metadata.json"))) { //$NON-NLS-1$
            return target;
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Job_import, name), 1);
        services.require(SegyImportService.class).importFile(file, target, ImportOptions.defaults(),
                progress.split(1));
        return target;
    }

    /**
     * Opens the first of files dropped on the view: a dataset directory, or a SEG-Y file imported beside
     * itself first.
     *
     * @param files the dropped files' paths
     * @return the job that opens it, or {@code null} when nothing was dropped
     */
    public @Nullable Job dropped(String[] files) {
        return files.length == 0 ? null : open(Path.of(files[0]));
    }

    /**
     * Shows one ensemble of the open dataset. Ensembles whose traces are not contiguous are shown from their
     * first to their last trace.
     *
     * @param key an indexed header key
     * @param value the key's value
     * @return the job that finds it, or {@code null} when no dataset is open
     */
    public @Nullable Job openEnsemble(String key, long value) {
        Dataset d = dataset;
        if (d == null) {
            return null;
        }
        Job job = Job.create(NLS.bind(Messages.Job_ensemble, key, value), monitor -> {
            try {
                Ensemble found = d.ensemble(key, value, monitor);
                if (found == null) {
                    return Status.error(NLS.bind(Messages.Error_openFailed, key + '=' + value));
                }
                asyncExec(() -> {
                    if (dataset == d) {
                        show(d, found);
                    }
                }, () -> {
                    // the dataset stays owned by the view
                });
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Shows an ensemble already found (by the gather navigator) of a dataset this view has open.
     *
     * @param opened the dataset, which must be the one open in this view
     * @param shown the ensemble
     */
    public void showEnsemble(Dataset opened, Ensemble shown) {
        if (opened == dataset) {
            show(opened, shown);
        }
    }

    private void show(Dataset opened, @Nullable Ensemble shown) {
        Dataset previous = dataset;
        if (previous != null && previous != opened) {
            previous.close();
        }
        boolean sameDataset = previous == opened;
        dataset = opened;
        ensemble = shown;
        Section shownSection = new Section(opened, shown);
        section = shownSection;
        highlighted = -1;
        window = null;
        headers = null;
        DatasetDescriptor descriptor = opened.descriptor();
        if (!sameDataset) {
            String wanted = curveKey;
            curve.setChoices(descriptor.headerColumns(),
                    wanted != null && descriptor.headerColumns().contains(wanted) ? wanted : null);
        }
        controller.setDomain(0, shownSection.count(), descriptor.sampleCount());
        setPartName(NLS.bind(Messages.Viewer_title, shownSection.title()));
        Rectangle plot = plotArea();
        controller.setSize(plot.width, plot.height);
        controller.fit();
        readout.setText(""); //$NON-NLS-1$
        viewChanged();
        fireSelection();
    }

    // ---- loading and rendering

    private void viewChanged() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        updateScrollBars();
        Dataset d = dataset;
        if (d != null) {
            ViewportController.LoadRequest request = controller.requestIfNeeded();
            if (request != null) {
                startLoad(d, request);
            }
            scheduleRender();
        }
        updateCurve();
        canvas.redraw();
    }

    private void startLoad(Dataset d, ViewportController.LoadRequest request) {
        Job previous = loadJob;
        if (previous != null) {
            previous.cancel();
        }
        Section shown = section;
        if (shown == null) {
            return;
        }
        WindowBounds bounds = request.bounds();
        List<String> columns = headerColumnsWanted(d);
        WindowReader windowReader = reader;
        Job job = new Job(NLS.bind(Messages.Job_load, bounds.traceStart(), bounds.traceEnd() - 1)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 10);
                try {
                    WindowData data = shown.read(windowReader, bounds, progress.split(8));
                    TraceHeaders values = columns.isEmpty() ? null
                            : readHeaders(shown, bounds.traceStart(), bounds.traceEnd(), columns, progress.split(2));
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    asyncExec(() -> loaded(d, request, data, values), () -> {
                        // nothing to release: the samples belong to the cache
                    });
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    loadsCancelled.incrementAndGet();
                    asyncExec(() -> controller.failed(request), () -> {
                        // nothing to release
                    });
                    return Status.CANCEL_STATUS;
                } catch (DatasetException | RuntimeException e) {
                    asyncExec(() -> controller.failed(request), () -> {
                        // nothing to release
                    });
                    return Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
                }
            }
        };
        job.setSystem(true);
        job.setUser(false);
        loadJob = job;
        loadsStarted.incrementAndGet();
        job.schedule();
    }

    /** @return the header columns the axis labels and the curve need, of those the dataset has */
    private List<String> headerColumnsWanted(Dataset d) {
        List<String> columns = new ArrayList<>();
        List<String> available = d.descriptor().headerColumns();
        for (String key : keys) {
            if (available.contains(key)) {
                columns.add(key);
            }
        }
        String c = curveKey;
        if (c != null && available.contains(c) && !columns.contains(c)) {
            columns.add(c);
        }
        return columns;
    }

    /**
     * Reads header values of some positions of a section.
     *
     * @return the values, rows keyed by display position rather than dataset trace index
     */
    static TraceHeaders readHeaders(Section shown, long start, long end, List<String> columns,
            IProgressMonitor monitor) throws DatasetException {
        TraceHeaders read = shown.dataset().headers(shown.traceIndices(start, end), columns, monitor);
        long[] positions = new long[read.rowCount()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = start + i;
        }
        long[][] values = new long[columns.size()][];
        for (int c = 0; c < values.length; c++) {
            values[c] = read.column(columns.get(c));
        }
        return new TraceHeaders(columns, positions, values);
    }

    /** Reads the headers of the loaded window again, after the curve's key changed. */
    private void reloadHeaders() {
        Section shown = section;
        WindowData data = window;
        if (shown == null || data == null) {
            updateCurve();
            return;
        }
        List<String> columns = headerColumnsWanted(shown.dataset());
        long start = data.bounds().traceStart();
        long end = data.bounds().traceEnd();
        Job job = Job.create(Messages.Job_headers, monitor -> {
            try {
                TraceHeaders values = columns.isEmpty() ? null : readHeaders(shown, start, end, columns, monitor);
                asyncExec(() -> {
                    if (section == shown && window == data) {
                        headers = values;
                        updateCurve();
                        canvas.redraw();
                    }
                }, () -> {
                    // nothing to release
                });
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void loaded(Dataset d, ViewportController.LoadRequest request, WindowData data,
            @Nullable TraceHeaders values) {
        if (dataset != d || !controller.completed(request)) {
            return;
        }
        window = data;
        headers = values;
        loadsApplied.incrementAndGet();
        updateCacheFigures();
        viewChanged();
    }

    private void scheduleRender() {
        WindowData data = window;
        if (data == null) {
            return;
        }
        requestedRenderGeneration++;
        renderJob.request(new RenderJob.Frame(requestedRenderGeneration, data, settings, controller.viewport()));
    }

    /** Takes a finished frame on the UI thread. */
    private void rendered(int generation, Viewport viewport, ImageData pixels) {
        if (canvas.isDisposed() || generation < renderedGeneration) {
            return;
        }
        disposeImage();
        image = new Image(canvas.getDisplay(), pixels);
        imageViewport = viewport;
        renderedGeneration = generation;
        canvas.redraw();
        updateCacheFigures();
        runShownCallback();
    }

    /**
     * Runs something once an ensemble is on screen (loaded and drawn), on the UI thread: the gather navigator
     * starts prefetching the gathers ahead only then, so that the prefetch never competes with what the user
     * waits for. A later call replaces an earlier one that has not run; it never runs if the view moves on to
     * another ensemble first.
     *
     * @param shown the ensemble
     * @param callback what to run
     */
    public void afterShown(Ensemble shown, Runnable callback) {
        shownCallbackFor = shown;
        shownCallback = callback;
        runShownCallback();
    }

    private void runShownCallback() {
        Runnable callback = shownCallback;
        Ensemble wanted = shownCallbackFor;
        if (callback != null && wanted != null && wanted.equals(ensemble) && isSettled()) {
            shownCallback = null;
            shownCallbackFor = null;
            callback.run();
        }
    }

    private void disposeImage() {
        Image old = image;
        if (old != null) {
            old.dispose();
        }
        image = null;
    }

    private void asyncExec(Runnable onUi, Runnable ifDisposed) {
        Display display = canvas == null || canvas.isDisposed() ? null : canvas.getDisplay();
        if (display == null || display.isDisposed()) {
            ifDisposed.run();
            return;
        }
        try {
            display.asyncExec(() -> {
                if (canvas.isDisposed()) {
                    ifDisposed.run();
                } else {
                    onUi.run();
                }
            });
        } catch (org.eclipse.swt.SWTException e) {
            ifDisposed.run();
        }
    }

    /** Renders frames off the UI thread; a frame asked for while one renders replaces any waiting one. */
    private final class RenderJob extends Job {

        record Frame(int generation, WindowData window, DisplaySettings settings, Viewport viewport) {
        }

        private final AtomicReference<@Nullable Frame> next = new AtomicReference<>();
        private final SectionRenderer renderer = new SectionRenderer();
        private @Nullable WindowData scaledWindow;
        private @Nullable DisplaySettings scaledSettings;
        private @Nullable AmplitudeScale scale;

        RenderJob() {
            super(Messages.Job_render);
            setSystem(true);
            setUser(false);
        }

        void request(Frame frame) {
            next.set(frame);
            schedule();
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Frame frame = next.getAndSet(null);
            if (frame == null || monitor.isCanceled()) {
                return Status.OK_STATUS;
            }
            AmplitudeScale s = scale;
            DisplaySettings ss = scaledSettings;
            if (s == null || scaledWindow != frame.window() || ss == null || !sameScale(ss, frame.settings())) {
                s = AmplitudeScale.of(frame.window(), frame.settings());
                scale = s;
                scaledWindow = frame.window();
                scaledSettings = frame.settings();
            }
            ImageData pixels = renderer.render(frame.window(), s, frame.viewport(), frame.settings());
            asyncExec(() -> rendered(frame.generation(), frame.viewport(), pixels), () -> {
                // nothing to release: image data is plain memory
            });
            return Status.OK_STATUS;
        }

        private static boolean sameScale(DisplaySettings a, DisplaySettings b) {
            return a.clipMode() == b.clipMode() && a.clip() == b.clip() && a.gain() == b.gain()
                    && a.reversePolarity() == b.reversePolarity() && a.normalisation() == b.normalisation();
        }
    }

    // ---- painting

    private int topMargin() {
        return AxisPainter.top(keys);
    }

    /** @return the rectangle of the canvas where samples are drawn */
    public Rectangle plotArea() {
        Rectangle client = canvas.getClientArea();
        int top = topMargin();
        return new Rectangle(AxisPainter.LEFT, top, Math.max(1, client.width - AxisPainter.LEFT - 4),
                Math.max(1, client.height - top - 4));
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle client = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(client);
        Dataset d = dataset;
        if (d == null) {
            gc.drawText(Messages.Viewer_empty, 10, 10, true);
            return;
        }
        Rectangle plot = plotArea();
        paintPlot(gc, plot, controller.viewport(), image, imageViewport);
        DatasetDescriptor descriptor = d.descriptor();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        AxisPainter.paint(gc, plot, controller.viewport(), descriptor.sampleCount(), descriptor.sampleInterval(),
                unit(), keys, headers);
        long picked = highlighted;
        if (picked >= 0) {
            Viewport v = controller.viewport();
            int x0 = plot.x + (int) Math.floor(v.xOf(picked));
            int x1 = plot.x + (int) Math.ceil(v.xOf(picked + 1));
            gc.setClipping(plot);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.setLineWidth(2);
            gc.drawRectangle(x0 - 2, plot.y, Math.max(2, x1 - x0) + 3, plot.height);
            gc.setLineWidth(1);
            gc.setClipping((Rectangle) null);
        }
        Rectangle band = rubberBand;
        if (band != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(band);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    /** Draws the last image where it belongs in the current viewport, so pans move at once. */
    private static void paintPlot(GC gc, Rectangle plot, Viewport now, @Nullable Image picture,
            @Nullable Viewport pictured) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(plot);
        if (picture == null || pictured == null) {
            return;
        }
        gc.setClipping(plot);
        double x = plot.x + now.xOf(pictured.trace0());
        double y = plot.y + now.yOf(pictured.sample0());
        double w = pictured.width() * now.pixelsPerTrace() / pictured.pixelsPerTrace();
        double h = pictured.height() * now.pixelsPerSample() / pictured.pixelsPerSample();
        Rectangle size = picture.getBounds();
        if (Math.abs(w - size.width) < 0.5 && Math.abs(h - size.height) < 0.5) {
            gc.drawImage(picture, (int) Math.round(x), (int) Math.round(y));
        } else {
            gc.drawImage(picture, 0, 0, size.width, size.height, (int) Math.round(x), (int) Math.round(y),
                    (int) Math.round(w), (int) Math.round(h));
        }
        gc.setClipping((Rectangle) null);
    }

    private String unit() {
        return depthAxis ? Messages.Viewer_depthAxisM : Messages.Viewer_timeAxisMs;
    }

    private void updateScrollBars() {
        Viewport v = controller.viewport();
        long traces = controller.traceEnd() - controller.traceStart();
        ScrollBar h = canvas.getHorizontalBar();
        int visibleTraces = (int) Math.max(1, Math.min(traces, Math.round(v.width() / v.pixelsPerTrace())));
        h.setValues((int) Math.round(v.trace0() - controller.traceStart()), 0, (int) Math.max(1, traces),
                visibleTraces, Math.max(1, visibleTraces / 20), visibleTraces);
        ScrollBar vb = canvas.getVerticalBar();
        int samples = controller.samples();
        int visibleSamples = (int) Math.max(1, Math.min(samples, Math.round(v.height() / v.pixelsPerSample())));
        vb.setValues((int) Math.round(v.sample0()), 0, Math.max(1, samples), visibleSamples,
                Math.max(1, visibleSamples / 20), visibleSamples);
    }

    private void scrolled() {
        controller.scrollTo(controller.traceStart() + canvas.getHorizontalBar().getSelection(),
                canvas.getVerticalBar().getSelection());
        viewChanged();
    }

    // ---- input

    private void mouseDown(Event e) {
        if (e.button != 1 || dataset == null) {
            return;
        }
        canvas.setFocus();
        dragX = e.x;
        dragY = e.y;
        if ((e.stateMask & SWT.SHIFT) != 0) {
            rubberBand = new Rectangle(e.x, e.y, 0, 0);
        } else {
            panning = true;
            clickPending = true;
        }
    }

    private void mouseMove(Event e) {
        Rectangle band = rubberBand;
        if (band != null) {
            rubberBand = new Rectangle(Math.min(dragX, e.x), Math.min(dragY, e.y), Math.abs(e.x - dragX),
                    Math.abs(e.y - dragY));
            canvas.redraw();
        } else if (panning) {
            if (Math.abs(e.x - dragX) > 2 || Math.abs(e.y - dragY) > 2) {
                clickPending = false;
            }
            controller.pan(e.x - dragX, e.y - dragY);
            dragX = e.x;
            dragY = e.y;
            viewChanged();
        }
        updateReadout(e.x, e.y);
    }

    private void mouseUp(Event e) {
        Rectangle band = rubberBand;
        if (band != null) {
            // the window system may fold the last motion into the release
            band = new Rectangle(Math.min(dragX, e.x), Math.min(dragY, e.y), Math.abs(e.x - dragX),
                    Math.abs(e.y - dragY));
            rubberBand = null;
            Rectangle plot = plotArea();
            controller.zoomToRectangle(band.x - plot.x, band.y - plot.y, band.x + band.width - plot.x,
                    band.y + band.height - plot.y);
            viewChanged();
        } else if (panning && clickPending && Math.abs(e.x - dragX) <= 2 && Math.abs(e.y - dragY) <= 2) {
            pickAt(e.x);
        } else if (panning && (e.x != dragX || e.y != dragY)) {
            // the window system may fold the last motion into the release
            controller.pan(e.x - dragX, e.y - dragY);
            viewChanged();
        }
        panning = false;
        clickPending = false;
    }

    /** Picks the trace under a pointer position, as a click on the plot does. */
    private void pickAt(int x) {
        Rectangle plot = plotArea();
        long position = (long) Math.floor(controller.viewport().traceAt(x - plot.x));
        if (position >= controller.traceStart() && position < controller.traceEnd()) {
            highlighted = position;
            updateCurve();
            canvas.redraw();
            fireSelection();
        }
    }

    private void wheel(Event e) {
        if (dataset == null || e.count == 0) {
            return;
        }
        Rectangle plot = plotArea();
        double factor = e.count > 0 ? 1.25 : 0.8;
        boolean timeOnly = (e.stateMask & SWT.SHIFT) != 0;
        controller.zoom(timeOnly ? 1 : factor, factor, e.x - plot.x, e.y - plot.y);
        e.doit = false;
        viewChanged();
    }

    private void key(Event e) {
        if (dataset == null) {
            return;
        }
        switch (e.keyCode) {
        case SWT.ARROW_LEFT -> controller.panFraction(-0.05, 0);
        case SWT.ARROW_RIGHT -> controller.panFraction(0.05, 0);
        case SWT.ARROW_UP -> controller.panFraction(0, -0.05);
        case SWT.ARROW_DOWN -> controller.panFraction(0, 0.05);
        case SWT.PAGE_UP -> controller.panFraction(-1, 0);
        case SWT.PAGE_DOWN -> controller.panFraction(1, 0);
        case SWT.HOME -> controller.scrollTo(controller.traceStart(), 0);
        case SWT.END -> controller.scrollTo(controller.traceEnd(), 0);
        default -> {
            switch (e.character) {
            case '+', '=' -> zoomCentre(1.25);
            case '-' -> zoomCentre(0.8);
            case 'f' -> controller.fit();
            case '1' -> controller.oneToOne();
            case 'n' -> gatherCommand("org.seislens.ui.commands.nextGather"); //$NON-NLS-1$
            case 'p' -> gatherCommand("org.seislens.ui.commands.previousGather"); //$NON-NLS-1$
            default -> {
                return;
            }
            }
        }
        }
        viewChanged();
    }

    /** Steps through the gather navigator, which also prefetches the gathers ahead. */
    private void gatherCommand(String commandId) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (CommandException e) {
            Platform.getLog(SeismicViewerView.class).error(e.getMessage(), e);
        }
    }

    private void zoomCentre(double factor) {
        Viewport v = controller.viewport();
        controller.zoom(factor, factor, v.width() / 2.0, v.height() / 2.0);
    }

    private void updateReadout(int x, int y) {
        Dataset d = dataset;
        if (d == null) {
            return;
        }
        Rectangle plot = plotArea();
        Viewport v = controller.viewport();
        long trace = (long) Math.floor(v.traceAt(x - plot.x));
        int sample = (int) Math.floor(v.sampleAt(y - plot.y));
        DatasetDescriptor descriptor = d.descriptor();
        if (x < plot.x || y < plot.y || trace < controller.traceStart() || trace >= controller.traceEnd()
                || sample < 0 || sample >= descriptor.sampleCount()) {
            readout.setText(""); //$NON-NLS-1$
            return;
        }
        String time = String.format("%.1f", descriptor.sampleTimeMillis(sample)); //$NON-NLS-1$
        Section shown = section;
        String traceLabel = Long.toString(shown == null ? trace : shown.traceIndex(trace));
        StringBuilder values = new StringBuilder();
        TraceHeaders h = headers;
        if (h != null && h.rowCount() > 0 && trace >= h.traceIndex(0) && trace <= h.traceIndex(h.rowCount() - 1)) {
            int row = (int) (trace - h.traceIndex(0));
            for (String column : h.columns()) {
                values.append(column).append(' ').append(h.value(row, column)).append("   "); //$NON-NLS-1$
            }
        }
        WindowData data = window;
        if (data != null && data.bounds().contains(trace, sample)) {
            readout.setText(NLS.bind(Messages.Viewer_readout, new Object[] { time, unit(), traceLabel,
                    values.toString().trim(), String.format("%.6g", data.value(trace, sample)) })); //$NON-NLS-1$
        } else {
            readout.setText(NLS.bind(Messages.Viewer_readoutOutside,
                    new Object[] { time, unit(), traceLabel, values.toString().trim() }));
        }
    }

    private void updateCacheFigures() {
        DataCache cache = services.find(DataCache.class);
        String text;
        if (cache == null) {
            text = Messages.Viewer_noCache;
        } else {
            CacheStatistics s = cache.statistics();
            text = NLS.bind(Messages.Viewer_cache, new Object[] { Long.toString(s.entries()),
                    String.format("%.1f", s.bytes() / 1048576.0), //$NON-NLS-1$
                    String.format("%.0f", s.limits().maxBytes() / 1048576.0), //$NON-NLS-1$
                    String.format("%.0f", 100 * s.hitRate()) }); //$NON-NLS-1$
        }
        if (!text.equals(cacheFigures.getText())) {
            cacheFigures.setText(text);
            cacheFigures.getParent().layout(new org.eclipse.swt.widgets.Control[] { cacheFigures });
            getViewSite().getActionBars().getStatusLineManager().setMessage(text);
        }
    }

    // ---- picking and selection

    private void updateCurve() {
        if (curve == null || curve.control().isDisposed()) {
            return;
        }
        Rectangle plot = plotArea();
        curve.update(headers, controller.viewport(), plot.x, plot.width, highlighted);
    }

    /**
     * Picks a trace: outlines it, brings it into view and tells selection listeners (the header table).
     *
     * @param position display position of the trace, or -1 for none
     */
    public void highlight(long position) {
        if (position >= controller.traceEnd()) {
            return;
        }
        highlighted = position;
        if (position >= 0) {
            Viewport v = controller.viewport();
            double first = v.trace0();
            double visible = v.width() / v.pixelsPerTrace();
            if (position < first || position + 1 > first + visible) {
                controller.scrollTo(Math.max(0, position - visible / 2), (int) Math.round(v.sample0()));
            }
        }
        viewChanged();
        fireSelection();
    }

    /** @return the display position of the picked trace, or -1 */
    public long highlighted() {
        return highlighted;
    }

    /** @return what is shown, or {@code null} before a dataset is opened */
    public @Nullable Section section() {
        return section;
    }

    /** @return the header drawn as a curve above the section, or {@code null} */
    public @Nullable String curveKey() {
        return curve.key();
    }

    /**
     * @param key the header to draw as a curve above the section, or {@code null} for none
     */
    public void setCurveKey(@Nullable String key) {
        curveKey = key;
        Dataset d = dataset;
        if (d != null) {
            curve.setChoices(d.descriptor().headerColumns(),
                    key != null && d.descriptor().headerColumns().contains(key) ? key : null);
            reloadHeaders();
        }
    }

    /** @return the headers loaded with the window, rows keyed by display position, or {@code null} */
    public @Nullable TraceHeaders loadedHeaders() {
        return headers;
    }

    private void pickedInTable(ISelection selection) {
        if (selection instanceof TraceSelection picked && picked.section().equals(section) && picked.hasTrace()
                && picked.position() != highlighted) {
            highlight(picked.position());
        }
    }

    private void fireSelection() {
        selectionListeners.fire(this);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        Section shown = section;
        return shown == null ? StructuredSelection.EMPTY : new TraceSelection(shown, highlighted);
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof TraceSelection picked && picked.section().equals(section)) {
            highlight(picked.position());
        }
    }

    // ---- settings and commands

    /** @return the display settings in force */
    public DisplaySettings settings() {
        return settings;
    }

    /**
     * Applies new display settings and redraws.
     *
     * @param newSettings the settings
     */
    public void setSettings(DisplaySettings newSettings) {
        settings = newSettings;
        scheduleRender();
    }

    /** @return header keys labelling the trace axis */
    public List<String> traceAxisKeys() {
        return keys;
    }

    /**
     * Labels the trace axis with other header keys; reloads the headers.
     *
     * @param newKeys header column names
     */
    public void setTraceAxisKeys(List<String> newKeys) {
        keys = List.copyOf(newKeys);
        Dataset d = dataset;
        if (d != null) {
            show(d, ensemble);
        }
    }

    /**
     * @param depth whether the vertical axis is depth in metres rather than time in milliseconds
     */
    public void setDepthAxis(boolean depth) {
        depthAxis = depth;
        canvas.redraw();
    }

    /** @return whether the vertical axis is depth in metres rather than time in milliseconds */
    public boolean depthAxis() {
        return depthAxis;
    }

    /** Fits the displayed range into the view. */
    public void zoomToFit() {
        controller.fit();
        viewChanged();
    }

    /** One pixel per trace and per sample. */
    public void zoomOneToOne() {
        controller.oneToOne();
        viewChanged();
    }

    /**
     * Draws the current view, axes included, at a chosen plot size, on the UI thread.
     *
     * @param width plot width in pixels
     * @param height plot height in pixels
     * @return the picture
     */
    public ImageData snapshot(int width, int height) {
        Viewport now = controller.viewport();
        Viewport sized = new Viewport(now.trace0(), now.sample0(), now.pixelsPerTrace() * width / now.width(),
                now.pixelsPerSample() * height / now.height(), width, height);
        int top = topMargin();
        Image picture = new Image(canvas.getDisplay(), width + AxisPainter.LEFT + 8, height + top + 8);
        GC gc = new GC(picture);
        Image plotImage = null;
        try {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(picture.getBounds());
            WindowData data = window;
            if (data != null) {
                ImageData pixels = new SectionRenderer().render(data, AmplitudeScale.of(data, settings), sized,
                        settings);
                plotImage = new Image(canvas.getDisplay(), pixels);
            }
            Rectangle plot = new Rectangle(AxisPainter.LEFT, top, width, height);
            paintPlot(gc, plot, sized, plotImage, sized);
            Dataset d = dataset;
            if (d != null) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                AxisPainter.paint(gc, plot, sized, d.descriptor().sampleCount(), d.descriptor().sampleInterval(),
                        unit(), keys, headers);
            }
            return picture.getImageData();
        } finally {
            gc.dispose();
            picture.dispose();
            if (plotImage != null) {
                plotImage.dispose();
            }
        }
    }

    // ---- state for commands and tests

    /** @return the canvas */
    public Canvas canvas() {
        return canvas;
    }

    /** @return the navigation state */
    public ViewportController controller() {
        return controller;
    }

    /** @return the open dataset, or {@code null} */
    public @Nullable Dataset dataset() {
        return dataset;
    }

    /** @return the shown ensemble, or {@code null} when the whole dataset is shown */
    public @Nullable Ensemble ensemble() {
        return ensemble;
    }

    /** @return loads started since the view opened */
    public int loadsStarted() {
        return loadsStarted.get();
    }

    /** @return loads whose window was shown */
    public int loadsApplied() {
        return loadsApplied.get();
    }

    /** @return loads that ended cancelled */
    public int loadsCancelled() {
        return loadsCancelled.get();
    }

    /** @return the text under the plot that describes the sample under the pointer */
    public String readoutText() {
        return readout.getText();
    }

    /** @return the cache figures shown under the plot */
    public String cacheText() {
        return cacheFigures.getText();
    }

    /**
     * @return whether the view shows what it should: no load pending and the last image drawn for the
     *         current viewport and settings
     */
    public boolean isSettled() {
        Viewport v = imageViewport;
        return dataset != null && controller.pending() == null && window != null && image != null
                && renderedGeneration == requestedRenderGeneration && controller.viewport().equals(v);
    }

    /**
     * Replaces how windows are read, for tests that hold loads back.
     *
     * @param windowReader the reader; {@link WindowReader#DIRECT} reads the dataset
     */
    public void setWindowReader(WindowReader windowReader) {
        reader = windowReader;
    }

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = SeisLensUi.VIEW_VIEWER;
}
