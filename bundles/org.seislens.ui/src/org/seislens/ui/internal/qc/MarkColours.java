package org.seislens.ui.internal.qc;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The colour of each flag reason in the viewer's stripe, the Edits view and the map legend.
 */
public final class MarkColours {

    /** Colours by reason; unknown reasons are {@link #OTHER}. */
    public static final Map<String, RGB> REASONS = Map.of( //
            "dead", new RGB(0, 0, 0), //$NON-NLS-1$
            "weak", new RGB(40, 90, 230), //$NON-NLS-1$
            "strong", new RGB(255, 140, 0), //$NON-NLS-1$
            "spike", new RGB(220, 0, 0), //$NON-NLS-1$
            "reversed", new RGB(170, 0, 200), //$NON-NLS-1$
            "geometry", new RGB(0, 160, 60)); //$NON-NLS-1$

    /** Reasons not in {@link #REASONS}. */
    public static final RGB OTHER = new RGB(128, 128, 0);

    /** The band of a reversed trace. */
    public static final RGB REVERSED_EDIT = new RGB(255, 0, 255);

    /** The shade over a killed trace. */
    public static final RGB KILLED = new RGB(150, 150, 150);

    private MarkColours() {
    }

    /**
     * @param reasons a trace's reasons, not empty
     * @return the colour of the first
     */
    public static RGB of(List<String> reasons) {
        RGB rgb = REASONS.get(reasons.get(0));
        return rgb == null ? OTHER : rgb;
    }

    /**
     * @param rgb a colour
     * @return an SWT colour (needs no disposing)
     */
    static Color color(RGB rgb) {
        return new Color(rgb);
    }
}
