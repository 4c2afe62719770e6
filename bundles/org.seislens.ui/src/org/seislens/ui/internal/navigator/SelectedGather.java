package org.seislens.ui.internal.navigator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.seislens.core.Ensemble;

/**
 * One gather chosen in the Gather Navigator, as an element of the navigator's workbench selection (an
 * {@link IStructuredSelection} of these, in the key's order).
 *
 * @param dataset the dataset's location
 * @param gather the gather: key, value, ordinal and traces
 */
public record SelectedGather(Path dataset, Ensemble gather) {

    /** @return the header key the gathers are chosen by, e.g. {@code field_record} */
    public String key() {
        return gather.key();
    }

    /** @return the key's value shared by the gather's traces */
    public long value() {
        return gather.value();
    }

    /**
     * The gathers of one dataset in a selection such as the navigator's.
     *
     * @param selection a workbench selection, or {@code null} (the part is not open)
     * @param dataset the dataset's location
     * @return the gathers of that dataset in the selection's order; empty when there are none
     */
    public static List<Ensemble> gathersOf(@Nullable ISelection selection, Path dataset) {
        if (!(selection instanceof IStructuredSelection structured)) {
            return List.of();
        }
        List<Ensemble> gathers = new ArrayList<>();
        for (Object element : structured) {
            if (element instanceof SelectedGather chosen && chosen.dataset().equals(dataset)) {
                gathers.add(chosen.gather());
            }
        }
        return List.copyOf(gathers);
    }
}
