package org.seislens.ui.internal.viewer;

import java.util.List;

/**
 * Which panels the viewer shows side by side. Panels share one viewport (pan and zoom move all of them), the
 * picked trace and the cursor. Without a processing chain there is nothing to compare: every mode shows the
 * stored samples in one panel (the processed panel, which shows them when no chain is set).
 */
public enum CompareMode {
    /** One panel: the processed samples (the stored ones without a chain). */
    PROCESSED,
    /** One panel: the stored samples, also when a chain is set. */
    RAW,
    /** Raw | processed. */
    RAW_PROCESSED,
    /** Raw | processed | difference. */
    RAW_PROCESSED_DIFFERENCE;

    /**
     * @param hasChain whether the viewer has a processing chain
     * @return the panels shown, left to right
     */
    public List<PanelKind> panels(boolean hasChain) {
        if (!hasChain) {
            // the processed panel shows the stored samples then, and stays the same control when a chain is set
            return List.of(PanelKind.PROCESSED);
        }
        return switch (this) {
        case PROCESSED -> List.of(PanelKind.PROCESSED);
        case RAW -> List.of(PanelKind.RAW);
        case RAW_PROCESSED -> List.of(PanelKind.RAW, PanelKind.PROCESSED);
        case RAW_PROCESSED_DIFFERENCE -> List.of(PanelKind.RAW, PanelKind.PROCESSED, PanelKind.DIFFERENCE);
        };
    }

    /** @return the mode's name, as offered on the toolbar */
    public String label() {
        return switch (this) {
        case PROCESSED -> Messages.Compare_processed;
        case RAW -> Messages.Compare_raw;
        case RAW_PROCESSED -> Messages.Compare_rawProcessed;
        case RAW_PROCESSED_DIFFERENCE -> Messages.Compare_all;
        };
    }
}
