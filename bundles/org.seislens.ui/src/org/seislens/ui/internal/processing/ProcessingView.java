package org.seislens.ui.internal.processing;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingStep;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.ViewerFollower;

/**
 * The Processing view: the processing chain of the seismic viewer it follows (the one active last), as a list
 * of steps. Steps are added from a palette of the engine's operators, removed, moved, enabled and disabled;
 * the selected step's parameters are edited below the list, every keystroke checked by the engine and, when
 * valid, applied to the viewer at once (which reads the processed window in the background). Edits can be
 * undone and redone; chains are loaded from and saved to the engine's JSON form.
 */
public class ProcessingView extends ViewPart {

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = SeisLensUi.VIEW_PROCESSING;

    private static final ProcessingChain EMPTY = new ProcessingChain(List.of());

    private final ChainHistory history = new ChainHistory(EMPTY);
    private @Nullable ViewerFollower follower;
    private @Nullable ProcessingControls controls;
    private @Nullable ParameterPanel panel;
    private boolean applying;

    @Override
    public void createPartControl(Composite parent) {
        ProcessingService service = Services.find(getSite(), ProcessingService.class);
        controls = new ProcessingControls(parent, service == null ? List.of() : service.operators(), this);
        panel = new ParameterPanel(parent, this::parameterEdited);
        follower = new ViewerFollower(getSite().getPage(), this::viewerChainChanged);
        viewerChainChanged(); // told once already, before the follower was kept
    }

    private @Nullable SeismicViewerView followed() {
        ViewerFollower f = follower;
        return f == null ? null : f.viewer();
    }

    @Override
    public void setFocus() {
        ProcessingControls c = controls;
        if (c != null) {
            c.table.setFocus();
        }
    }

    @Override
    public void dispose() {
        ViewerFollower f = follower;
        if (f != null) {
            f.dispose();
        }
        super.dispose();
    }

    private void viewerChainChanged() {
        if (applying) {
            return;
        }
        SeismicViewerView v = followed();
        ProcessingChain chain = v == null ? null : v.chain();
        history.reset(chain == null ? EMPTY : chain);
        refresh(-1);
    }

    // ---- edits (package-private: the controls call them)

    void add(String op) {
        if (!op.isEmpty()) {
            ProcessingChain edited = ChainEdits.add(history.current(), StepDefaults.of(op));
            edit(edited, edited.steps().size() - 1);
        }
    }

    void remove() {
        int index = selected();
        if (index >= 0) {
            ProcessingChain edited = ChainEdits.remove(history.current(), index);
            edit(edited, Math.min(index, edited.steps().size() - 1));
        }
    }

    void move(int by) {
        int index = selected();
        int to = index + by;
        if (index >= 0 && to >= 0 && to < history.current().steps().size()) {
            edit(ChainEdits.move(history.current(), index, to), to);
        }
    }

    private void parameterEdited(String name, String text) {
        int index = selected();
        ParameterPanel p = panel;
        if (index < 0 || p == null) {
            return;
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            p.setMessage(NLS.bind(Messages.Processing_notNumber, name, text));
            return;
        }
        ProcessingChain edited = ChainEdits.setParameter(history.current(), index, name, value);
        if (apply(edited)) {
            history.edit(edited);
            updateItems();
        }
    }

    void undo() {
        show(history.undo());
    }

    void redo() {
        show(history.redo());
    }

    void enable(int index, boolean on) {
        edit(ChainEdits.enable(history.current(), index, on), index);
    }

    /** Applies an edit of the list: checked, shown by the viewer, recorded, the list redrawn. */
    private void edit(ProcessingChain edited, int select) {
        if (apply(edited)) {
            history.edit(edited);
        }
        refresh(select);
    }

    /** Shows a chain from the history (undo, redo) in the viewer and the list. */
    private void show(ProcessingChain chain) {
        apply(chain);
        refresh(selected());
    }

    /**
     * Checks a chain with the engine and gives it to the viewer.
     *
     * @return whether it is valid; when not, the message says why and the viewer keeps its chain
     */
    private boolean apply(ProcessingChain chain) {
        ProcessingService service = Services.require(getSite(), ProcessingService.class);
        ParameterPanel p = panel;
        try {
            service.parseChain(service.toJson(chain));
            SeismicViewerView v = followed();
            if (v != null) {
                applying = true;
                try {
                    v.setChain(chain.steps().isEmpty() ? null : chain);
                } finally {
                    applying = false;
                }
            }
            if (p != null) {
                p.setMessage(""); //$NON-NLS-1$
            }
            return true;
        } catch (InvalidChainException e) {
            if (p != null) {
                p.setMessage(String.valueOf(e.getMessage()));
            }
            return false;
        }
    }

    void load() {
        ProcessingChain chain = ChainFiles.askAndLoad(getSite().getShell(),
                Services.require(getSite(), ProcessingService.class));
        if (chain != null) {
            edit(chain, -1);
        }
    }

    void save() {
        ChainFiles.askAndSave(getSite().getShell(), Services.require(getSite(), ProcessingService.class),
                history.current());
    }

    /** Runs the chain over the whole dataset into a new one, see {@link ApplyChain}. */
    void applyToDataset() {
        SeismicViewerView v = followed();
        if (v != null) {
            ApplyChain.ask(getSite().getShell(), v);
        }
    }

    // ---- the list

    private int selected() {
        ProcessingControls c = controls;
        return c == null ? -1 : c.selected();
    }

    private void refresh(int select) {
        ProcessingControls c = controls;
        if (c == null) {
            return;
        }
        c.list(history.current().steps(), select);
        showParameters();
        c.enable(followed() != null, history.canUndo(), history.canRedo());
    }

    private void updateItems() {
        ProcessingControls c = controls;
        if (c != null) {
            c.label(history.current().steps());
            c.enable(followed() != null, history.canUndo(), history.canRedo());
        }
    }

    void showParameters() {
        ParameterPanel p = panel;
        int index = selected();
        List<ProcessingStep> list = history.current().steps();
        if (p != null) {
            p.show(index >= 0 && index < list.size() ? list.get(index) : null);
        }
    }

    // ---- for tests

    /** @return the chain shown */
    ProcessingChain chain() {
        return history.current();
    }

    /** @return the viewer followed, or {@code null} */
    @Nullable
    SeismicViewerView viewer() {
        return followed();
    }

    /** @return what is wrong with the last edit, or an empty string */
    String message() {
        ParameterPanel p = panel;
        return p == null ? "" : p.message(); //$NON-NLS-1$
    }

    /**
     * @param name a parameter of the selected step
     * @return its field, or {@code null}
     */
    @Nullable
    Text field(String name) {
        ParameterPanel p = panel;
        return p == null ? null : p.field(name);
    }

    /** @return the step list */
    Table table() {
        return controls().table;
    }

    /** @return the buttons: add, remove, up, down, undo, redo, load, save, apply to dataset */
    List<Button> buttons() {
        return controls().buttons;
    }

    private ProcessingControls controls() {
        ProcessingControls c = controls;
        if (c == null) {
            throw new IllegalStateException("The view's controls are not created yet"); //$NON-NLS-1$
        }
        return c;
    }
}
