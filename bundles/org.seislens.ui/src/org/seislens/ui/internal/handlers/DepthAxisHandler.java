package org.seislens.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Depth Axis: a toggle between time in milliseconds and depth in metres on the viewer's vertical axis. The
 * command's toggle state ({@code org.eclipse.ui.handlers.RegistryToggleState}, not persisted) is what the
 * menu's check mark shows.
 */
public class DepthAxisHandler extends AbstractHandler {

    /** The command's id, as contributed in plugin.xml. */
    public static final String COMMAND = "org.seislens.ui.commands.depthAxis"; //$NON-NLS-1$

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        SeismicViewerView viewer = Viewers.find(event);
        if (viewer == null) {
            return null;
        }
        boolean depth = !HandlerUtil.toggleCommandState(event.getCommand());
        viewer.settings().setDepthAxis(depth);
        return null;
    }
}
