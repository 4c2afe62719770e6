package org.seislens.ui.internal.viewer;

/**
 * The samples a panel of the viewer shows: the dataset's own, the processed ones, or what processing changed.
 */
public enum PanelKind {
    /** The stored samples. */
    RAW,
    /** The samples of the viewer's processing chain (the stored ones when no chain is set). */
    PROCESSED,
    /** Processed minus raw, drawn on the processed panel's scale so that what processing removed shows as it is. */
    DIFFERENCE;

    /** @return the panel's name, as labelled on the plot */
    public String label() {
        return switch (this) {
        case RAW -> Messages.Panel_raw;
        case PROCESSED -> Messages.Panel_processed;
        case DIFFERENCE -> Messages.Panel_difference;
        };
    }
}
