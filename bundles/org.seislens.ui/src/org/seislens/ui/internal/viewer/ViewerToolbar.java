package org.seislens.ui.internal.viewer;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;

/**
 * The row above the viewer's section with what is changed every minute: previous and next gather, display
 * mode, colour map, clip (a percentile such as {@code 99%} or an amplitude such as {@code 1500}), gain, and
 * which panels are compared. Each control changes {@link ViewerSettings} (or runs the gather command); the
 * controls follow the settings when menus or dialogs change them. A clip or gain that is not valid is marked
 * and not applied.
 */
final class ViewerToolbar {

    private static final List<DisplayMode> MODES = List.of(DisplayMode.values());
    private static final List<ColourMaps> MAPS = List.of(ColourMaps.values());
    private static final List<CompareMode> COMPARES = List.of(CompareMode.values());

    private final Composite composite;
    private final ViewerSettings settings;
    private final Combo mode;
    private final Combo colourMap;
    private final Text clip;
    private final Text gain;
    private final Combo compare;

    /**
     * @param parent the viewer's composite
     * @param settings what the controls change
     * @param commands runs the previous and next gather commands
     */
    ViewerToolbar(Composite parent, ViewerSettings settings, Consumer<String> commands) {
        this.settings = settings;
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(11, false);
        layout.marginHeight = 1;
        layout.marginWidth = 2;
        composite.setLayout(layout);
        ToolBar gathers = new ToolBar(composite, SWT.FLAT);
        ToolItem previous = new ToolItem(gathers, SWT.PUSH);
        previous.setText(Messages.Toolbar_previous);
        previous.setToolTipText(Messages.Toolbar_previousTip);
        previous.addListener(SWT.Selection, e -> commands.accept(CanvasInput.PREVIOUS_GATHER));
        ToolItem next = new ToolItem(gathers, SWT.PUSH);
        next.setText(Messages.Toolbar_next);
        next.setToolTipText(Messages.Toolbar_nextTip);
        next.addListener(SWT.Selection, e -> commands.accept(CanvasInput.NEXT_GATHER));
        mode = combo(Messages.Toolbar_mode, MODES.stream().map(ViewerToolbar::label).toList());
        mode.addListener(SWT.Selection, e -> settings.setDisplay(settings.display().withMode(MODES.get(mode.getSelectionIndex()))));
        colourMap = combo(Messages.Toolbar_colourMap, MAPS.stream().map(ViewerToolbar::label).toList());
        colourMap.addListener(SWT.Selection,
                e -> settings.setDisplay(settings.display().withColourMap(MAPS.get(colourMap.getSelectionIndex()))));
        clip = field(Messages.Toolbar_clip, Messages.Toolbar_clipTip, 7);
        gain = field(Messages.Toolbar_gain, Messages.Toolbar_gainTip, 5);
        compare = combo(Messages.Toolbar_compare, COMPARES.stream().map(CompareMode::label).toList());
        compare.setToolTipText(Messages.Toolbar_compareTip);
        compare.addListener(SWT.Selection, e -> settings.setCompareMode(COMPARES.get(compare.getSelectionIndex())));
        update();
    }

    private Combo combo(String name, List<String> items) {
        new Label(composite, SWT.NONE).setText(name);
        Combo combo = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        return combo;
    }

    private Text field(String name, String tip, int columns) {
        new Label(composite, SWT.NONE).setText(name);
        Text text = new Text(composite, SWT.BORDER | SWT.SINGLE);
        text.setToolTipText(tip);
        GridData data = new GridData();
        data.widthHint = columns * 9;
        text.setLayoutData(data);
        text.addListener(SWT.DefaultSelection, e -> apply());
        text.addListener(SWT.FocusOut, e -> apply());
        return text;
    }

    /** Applies the clip and gain typed, when both are valid; marks them otherwise. */
    void apply() {
        DisplaySettings current = settings.display();
        DisplaySettings wanted = parse(current, clip.getText(), gain.getText());
        boolean valid = wanted != null;
        clip.setForeground(valid ? null : clip.getDisplay().getSystemColor(SWT.COLOR_RED));
        gain.setForeground(valid ? null : gain.getDisplay().getSystemColor(SWT.COLOR_RED));
        if (wanted != null && !wanted.equals(current)) {
            settings.setDisplay(wanted);
        }
    }

    /**
     * @param current the settings to change
     * @param clipText a percentile ending in {@code %} (0 to 100) or an amplitude above 0
     * @param gainText a gain above 0
     * @return the settings with that clip and gain, or {@code null} when either is not valid
     */
    static @Nullable DisplaySettings parse(DisplaySettings current, String clipText, String gainText) {
        String c = clipText.trim();
        boolean percent = c.endsWith("%"); //$NON-NLS-1$
        try {
            double value = Double.parseDouble(percent ? c.substring(0, c.length() - 1).trim() : c);
            double g = Double.parseDouble(gainText.trim());
            return current.withClip(percent ? ClipMode.PERCENTILE : ClipMode.ABSOLUTE, value).withGain(g);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Shows the settings in force in the controls. */
    void update() {
        if (composite.isDisposed()) {
            return;
        }
        DisplaySettings s = settings.display();
        mode.select(MODES.indexOf(s.mode()));
        colourMap.select(MAPS.indexOf(s.colourMap()));
        colourMap.setEnabled(s.mode() == DisplayMode.VARIABLE_DENSITY);
        String clipText = s.clipMode() == ClipMode.PERCENTILE ? ColourBar.format(s.clip()) + '%'
                : ColourBar.format(s.clip());
        if (!clip.isFocusControl() || parse(s, clip.getText(), gain.getText()) != null) {
            clip.setText(clipText);
            gain.setText(ColourBar.format(s.gain()));
            clip.setForeground(null);
            gain.setForeground(null);
        }
        compare.select(COMPARES.indexOf(settings.compareMode()));
    }

    private static String label(DisplayMode m) {
        return switch (m) {
        case VARIABLE_DENSITY -> Messages.Toolbar_modeDensity;
        case WIGGLE -> Messages.Toolbar_modeWiggle;
        case WIGGLE_VARIABLE_AREA -> Messages.Toolbar_modeWiggleArea;
        };
    }

    private static String label(ColourMaps m) {
        return switch (m) {
        case GREY -> Messages.Toolbar_mapGrey;
        case SEISMIC -> Messages.Toolbar_mapSeismic;
        case VIRIDIS -> Messages.Toolbar_mapViridis;
        };
    }

    /** @return the toolbar's composite */
    Composite control() {
        return composite;
    }

    /** @return the display mode choice */
    Combo mode() {
        return mode;
    }

    /** @return the colour map choice */
    Combo colourMap() {
        return colourMap;
    }

    /** @return the clip field */
    Text clip() {
        return clip;
    }

    /** @return the gain field */
    Text gain() {
        return gain;
    }

    /** @return the compare mode choice */
    Combo compare() {
        return compare;
    }
}
