package org.seislens.ui.internal.navigator;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;

/**
 * What the navigator's "Go to" field found for a typed value: the gather of the key with that value, or why
 * there is none, in words for the navigator's summary.
 *
 * @param gather the gather, or {@code null} when there is none
 * @param problem why there is none; empty when the gather is found
 */
record JumpTarget(@Nullable Ensemble gather, String problem) {

    /**
     * Looks a typed value up in a key's index, which is in memory once the key is listed.
     *
     * @param d the dataset
     * @param key the key listed
     * @param text the value as the user typed it
     * @return the gather, or the reason it is not found
     */
    static JumpTarget find(Dataset d, String key, String text) {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            return new JumpTarget(null, NLS.bind(Messages.Navigator_notANumber, text));
        }
        try {
            Ensemble found = d.ensemble(key, value, new NullProgressMonitor());
            return found != null ? new JumpTarget(found, "") //$NON-NLS-1$
                    : new JumpTarget(null, NLS.bind(Messages.Navigator_noSuchValue, key, Long.toString(value)));
        } catch (DatasetException ex) {
            return new JumpTarget(null, String.valueOf(ex.getMessage()));
        }
    }
}
