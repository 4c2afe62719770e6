package org.seislens.ui.internal.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.FileDrops;
import org.seislens.ui.internal.Services;

/**
 * The SeisLens Datasets view: the datasets imported or opened in this workbench ({@link KnownDatasets}),
 * with their shape and size read through the dataset service in a job. Double click or Enter shows one in
 * the viewer; the selection's metadata is in the Properties view; files and folders dropped on the view are
 * opened (a SEG-Y file is imported first).
 */
public class DatasetsView extends ViewPart {

    /** The view's id. */
    public static final String ID = SeisLensUi.VIEW_DATASETS;

    private final KnownDatasets known = new KnownDatasets();
    private final Action addFolderAction = new Action(Messages.Action_addFolder) {
        @Override
        public void run() {
            DatasetFolders.chooseAndAdd(getSite().getShell(), DatasetsView.this::addFolder);
        }
    };
    private final Action removeAction = new Action(Messages.Action_remove) {
        @Override
        public void run() {
            List<DatasetLocation> selected = new ArrayList<>();
            for (Object o : viewer.getStructuredSelection()) {
                DatasetLocation l = shownLocations.get(((DatasetEntry) o).location());
                if (l != null) {
                    selected.add(l);
                }
            }
            known.removeLocations(selected);
        }
    };

    /** Looked up on the UI thread whenever the list is shown again; read by jobs. */
    private volatile @Nullable DatasetService service;
    private @Nullable ReadEntriesJob readJob;
    // made in createPartControl, which the workbench calls before anything else uses them
    @NonNullByDefault({})
    private TableViewer viewer;
    @NonNullByDefault({})
    private IPreferenceChangeListener registration;
    private List<DatasetEntry> entries = List.of();
    /** Where each row's path was remembered, to forget it. */
    private Map<Path, DatasetLocation> shownLocations = Map.of();
    /** Opened only when a dataset in object storage is listed. */
    private @Nullable ObjectStoreSecrets secrets;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        DatasetColumns.addTo(viewer);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(entries);
        viewer.addOpenListener(event -> openSelection());
        viewer.addSelectionChangedListener(event -> removeAction.setEnabled(!event.getSelection().isEmpty()));
        getSite().setSelectionProvider(viewer);

        FileDrops.accept(table, this::dropped);

        addFolderAction.setToolTipText(Messages.Action_addFolderTooltip);
        addFolderAction.setImageDescriptor(
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
        removeAction.setToolTipText(Messages.Action_removeTooltip);
        removeAction.setImageDescriptor(
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE));
        removeAction.setEnabled(false);
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(addFolderAction);
        toolBar.add(removeAction);

        readJob = new ReadEntriesJob(table, this::replace);
        registration = known.addListener(() -> table.getDisplay().asyncExec(this::reload));
        reload();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (registration != null) {
            known.removeListener(registration);
        }
        ReadEntriesJob job = readJob;
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }

    /** Shows the known datasets at once, then reads their metadata in a job. */
    private void reload() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<DatasetEntry> rows = new ArrayList<>();
        Map<Path, DatasetLocation> locations = new HashMap<>();
        DatasetService datasets = Services.find(getSite(), DatasetService.class);
        for (DatasetLocation l : known.locations()) {
            Path p = path(l, datasets);
            if (p != null && locations.putIfAbsent(p, l) == null) {
                DatasetEntry loaded = find(p);
                rows.add(loaded != null ? loaded : DatasetEntry.reading(p));
            }
        }
        shownLocations = locations;
        show(rows);
        service = datasets;
        ReadEntriesJob job = readJob;
        if (job != null) {
            job.restart(entries, service);
        }
    }

    /** @return the path of a remembered location, or {@code null} when it cannot be read without the service */
    private @Nullable Path path(DatasetLocation location, @Nullable DatasetService datasets) {
        if (!location.isRemote()) {
            return location.localPath();
        }
        if (datasets == null) {
            return null;
        }
        ObjectStoreSecrets s = secrets;
        if (s == null) {
            s = new ObjectStoreSecrets();
            secrets = s;
        }
        try {
            return s.path(location, datasets);
        } catch (DatasetException e) {
            // Settings that were usable when remembered; shown again once they are.
            return null;
        }
    }

    private @Nullable DatasetEntry find(Path location) {
        for (DatasetEntry e : entries) {
            if (e.location().equals(location) && (e.descriptor() != null || e.error() != null)) {
                return e;
            }
        }
        return null;
    }

    private void show(List<DatasetEntry> rows) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        List<Path> selected = new ArrayList<>();
        for (Object o : selection) {
            selected.add(((DatasetEntry) o).location());
        }
        entries = List.copyOf(rows);
        viewer.setInput(entries);
        List<DatasetEntry> reselect = new ArrayList<>();
        for (DatasetEntry e : entries) {
            if (selected.contains(e.location())) {
                reselect.add(e);
            }
        }
        viewer.setSelection(new StructuredSelection(reselect));
    }

    private void openSelection() {
        for (Object o : viewer.getStructuredSelection()) {
            open(((DatasetEntry) o).location());
        }
    }

    /**
     * Shows a dataset or a SEG-Y file in the viewer, and remembers the dataset.
     *
     * @param path a dataset directory or a SEG-Y file
     * @return the viewer's job, or {@code null} if the viewer cannot be shown
     */
    public @Nullable Job open(Path path) {
        try {
            return DatasetOpener.openInViewer(getSite().getPage(), path);
        } catch (PartInitException e) {
            return null;
        }
    }

    /**
     * Opens files and folders dropped on the view.
     *
     * @param files the dropped paths
     */
    void dropped(String[] files) {
        for (String f : files) {
            open(Path.of(f));
        }
    }

    /**
     * Adds the folder itself when it is a dataset, and every dataset directory directly inside it. It reads
     * the folder: call it from a job (the view's action does); it touches no widget directly.
     *
     * @param folder a folder
     * @return the number of datasets that were not known before
     */
    public int addFolder(Path folder) {
        showProblem(""); //$NON-NLS-1$
        DatasetService datasets = service;
        if (datasets == null) {
            showProblem(NLS.bind(Messages.Error_noService, DatasetService.class.getSimpleName()));
            return 0;
        }
        List<Path> found;
        try {
            found = DatasetFolders.datasetsIn(datasets, folder);
        } catch (IOException e) {
            showProblem(NLS.bind(Messages.Error_scan, folder, e.getMessage()));
            return 0;
        }
        int added = 0;
        for (Path p : found) {
            added += known.add(p) ? 1 : 0;
        }
        return added;
    }

    private void showProblem(String text) {
        Table t = viewer.getTable();
        if (!t.isDisposed()) {
            t.getDisplay().asyncExec(() -> {
                if (!t.isDisposed()) {
                    setContentDescription(text);
                }
            });
        }
    }

    /** @return the rows shown, in order */
    public List<DatasetEntry> entries() {
        return entries;
    }

    /** @return the table viewer */
    TableViewer viewer() {
        return viewer;
    }

    /** @return the toolbar action that forgets the selected datasets */
    Action removeAction() {
        return removeAction;
    }

    /** @return whether every row has been read (or found unreadable) */
    public boolean isSettled() {
        for (DatasetEntry e : entries) {
            if (e.descriptor() == null && e.error() == null) {
                return false;
            }
        }
        ReadEntriesJob job = readJob;
        return job == null || job.getState() == Job.NONE;
    }

    private void replace(DatasetEntry read) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<DatasetEntry> rows = new ArrayList<>(entries);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).location().equals(read.location())) {
                rows.set(i, read);
            }
        }
        show(rows);
    }
}
