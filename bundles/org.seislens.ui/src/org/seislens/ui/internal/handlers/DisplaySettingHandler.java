package org.seislens.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.Normalisation;
import org.seislens.ui.internal.viewer.CompareMode;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.ViewerSettings;

/**
 * The viewer's display commands that need no dialog: display mode, colour map, normalisation, polarity,
 * zoom to fit and 1:1, compare mode. The command id says which; a parameter gives the value.
 */
public class DisplaySettingHandler extends AbstractHandler {

    /** Parameter of the display mode, colour map, normalisation and compare mode commands. */
    public static final String VALUE = "org.seislens.ui.commands.value"; //$NON-NLS-1$

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        SeismicViewerView viewer = Viewers.find(event);
        if (viewer == null) {
            return null;
        }
        ViewerSettings settings = viewer.settings();
        DisplaySettings s = settings.display();
        String value = event.getParameter(VALUE);
        try {
            switch (event.getCommand().getId()) {
            case "org.seislens.ui.commands.displayMode" -> settings.setDisplay(s.withMode(DisplayMode.valueOf(value))); //$NON-NLS-1$
            case "org.seislens.ui.commands.colourMap" -> settings.setDisplay(s.withColourMap(ColourMaps.valueOf(value))); //$NON-NLS-1$
            case "org.seislens.ui.commands.normalisation" -> settings //$NON-NLS-1$
                    .setDisplay(s.withNormalisation(Normalisation.valueOf(value)));
            case "org.seislens.ui.commands.flipPolarity" -> settings.setDisplay(s.withPolarityFlipped()); //$NON-NLS-1$
            case "org.seislens.ui.commands.zoomFit" -> viewer.zoomToFit(); //$NON-NLS-1$
            case "org.seislens.ui.commands.zoomOneToOne" -> viewer.zoomOneToOne(); //$NON-NLS-1$
            case "org.seislens.ui.commands.compareMode" -> settings.setCompareMode(CompareMode.valueOf(value)); //$NON-NLS-1$
            default -> throw new ExecutionException("Not a viewer display command: " + event.getCommand().getId()); //$NON-NLS-1$
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ExecutionException("Invalid value " + value + " for " + event.getCommand().getId(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return null;
    }
}
