package org.seislens.ui.internal.viewer;

import java.util.function.Consumer;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.seislens.core.DataCache;
import org.seislens.core.Ensemble;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.FileDrops;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.preferences.Preferences;
import org.seislens.ui.internal.qc.QcMarks;

/**
 * What the seismic viewer is made of once the workbench creates its controls, and how it is put together in its
 * site: the {@link ViewerParts}, the {@link ProcessedSamples} of its chain and the {@link SectionOpener}; file
 * drops on every panel, the Gather QC marks, the selection provider, the key binding context, the display
 * defaults of the preferences and the state the workbench remembered. It also writes that state back and takes
 * the controls down.
 */
final class ViewerControls {

    private final SeismicViewerView view;
    private final ViewerParts parts;
    private final ProcessedSamples processed;
    private final SectionOpener opener;
    private final ViewerSettings settings;
    private final TraceSelectionProvider selection;

    /**
     * Makes the controls; {@link #start} wires them into the site once the view holds them.
     *
     * @param view the view
     * @param parent the view's composite
     * @param controller the viewport
     * @param settings the display settings
     * @param selection the picked trace
     * @param partName takes the view's name when another section is shown
     */
    ViewerControls(SeismicViewerView view, Composite parent, ViewportController controller, ViewerSettings settings,
            TraceSelectionProvider selection, Consumer<String> partName) {
        this.view = view;
        this.settings = settings;
        this.selection = selection;
        IViewSite site = view.getViewSite();
        parts = new ViewerParts(parent, controller, settings, selection, () -> Services.find(site, DataCache.class),
                site.getActionBars().getStatusLineManager(), id -> command(site, id));
        processed = new ProcessedSamples(site);
        opener = new SectionOpener(site, parts, processed,
                title -> partName.accept(NLS.bind(Messages.Viewer_title, title)));
    }

    /**
     * Accepts file drops on every panel, attaches the Gather QC marks, provides the selection, activates the
     * gathers' key bindings, applies the display defaults and shows what the workbench remembered.
     *
     * @param memento what the workbench remembered of the view, or {@code null}
     */
    void start(@Nullable IMemento memento) {
        IViewSite site = view.getViewSite();
        for (PanelKind kind : PanelKind.values()) {
            FileDrops.accept(parts.panels().panel(kind).canvas().control(), view::dropped);
        }
        QcMarks.attach(view); // Gather QC: marks, edit gestures, undo (issue 15)
        site.setSelectionProvider(selection);
        selection.follow(site.getPage(), SeisLensUi.VIEW_HEADERS);
        IContextService contexts = site.getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(SeisLensUi.CONTEXT_GATHERS);
        }
        settings.setDisplay(Preferences.displayDefaults());
        if (memento != null) {
            ViewerState state = ViewerState.restore(memento, settings.curveKey());
            settings.restore(state);
            parts.toolbar().update();
            opener.restore(state);
        }
    }

    /** @return the parts */
    ViewerParts parts() {
        return parts;
    }

    /** @return the chain */
    ProcessedSamples processed() {
        return processed;
    }

    /** @return how sections come to be shown */
    SectionOpener opener() {
        return opener;
    }

    /**
     * Writes what the workbench remembers: the section shown, the settings, the curve and the compare mode.
     *
     * @param memento where to write
     */
    void save(IMemento memento) {
        Section shown = parts.loader().section();
        Ensemble e = shown == null ? null : shown.ensemble();
        new ViewerState(shown == null ? null : shown.dataset().descriptor().location(), e == null ? null : e.key(),
                e == null ? 0 : e.value(), settings.display(), parts.curveKey(), settings.depthAxis(),
                settings.compareMode()).save(memento);
    }

    /** A trace was picked in another view: picks it here too when this view shows it. */
    void pickedElsewhere(TraceSelection picked) {
        if (picked.section().equals(parts.loader().section()) && picked.hasTrace()
                && picked.position() != selection.position()) {
            parts.highlight(picked.position());
        }
    }

    /** Cancels loading and rendering and closes the dataset. */
    void dispose() {
        parts.dispose();
    }

    /** Runs the gather commands from the n and p keys and the toolbar. */
    private static void command(IViewSite site, String commandId) {
        try {
            site.getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (CommandException e) {
            Platform.getLog(ViewerControls.class).error(e.getMessage(), e);
        }
    }
}
