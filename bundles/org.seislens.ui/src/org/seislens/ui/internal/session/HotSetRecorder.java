package org.seislens.ui.internal.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.seislens.core.Ensemble;
import org.seislens.ui.internal.viewer.Section;
import org.seislens.ui.internal.viewer.TraceSelection;

/**
 * Records the gathers the viewers show. Every viewer tells its selection listeners the section it shows (with
 * no trace picked) each time it shows one, so a part-specific selection listener on the viewers sees every
 * gather gone to, whichever part moved the viewer: the navigator, keys, another view. UI thread only.
 */
public final class HotSetRecorder implements ISelectionListener {

    /** Most recent last; re-showing a gather moves it to the end. */
    private final SequencedSet<HotSet.Gather> recent = new LinkedHashSet<>();

    /**
     * @param seed gathers of an earlier session, most recent first, kept behind those shown from now on
     */
    public HotSetRecorder(HotSet seed) {
        List<HotSet.Gather> oldestFirst = new ArrayList<>(seed.gathers());
        Collections.reverse(oldestFirst);
        recent.addAll(oldestFirst);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof TraceSelection picked) {
            record(picked.section());
        }
    }

    /**
     * Notes a section shown; sections of all traces (no ensemble) are not gathers and are left out.
     *
     * @param section the section
     */
    public void record(Section section) {
        Ensemble e = section.ensemble();
        if (e == null) {
            return;
        }
        HotSet.Gather g = new HotSet.Gather(section.dataset().descriptor().location().toString(), e.key(), e.value());
        recent.remove(g);
        recent.addLast(g);
        while (recent.size() > HotSet.MAX_GATHERS) {
            recent.removeFirst();
        }
    }

    /** @return the gathers recorded, most recent first */
    public HotSet hotSet() {
        return new HotSet(new ArrayList<>(recent.reversed()));
    }
}
