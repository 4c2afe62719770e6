package org.seislens.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.core.Dataset;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.viewer.Messages;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * The viewer's commands that ask one line of input: Amplitude... (clip and gain), Trace Axis Labels...
 * and Open Ensemble....
 */
public class ViewerDialogHandler extends AbstractHandler {

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        SeismicViewerView viewer = Viewers.find(event);
        if (viewer == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        switch (event.getCommand().getId()) {
        case "org.seislens.ui.commands.amplitude" -> { //$NON-NLS-1$
            DisplaySettings s = viewer.settings().display();
            String current = (s.clipMode() == ClipMode.PERCENTILE ? s.clip() + "%" : Double.toString(s.clip())) //$NON-NLS-1$
                    + " " + s.gain(); //$NON-NLS-1$
            String text = ask(shell, Messages.Dialog_amplitudeTitle, Messages.Dialog_amplitudeMessage, current,
                    t -> parseAmplitude(s, t) == null ? Messages.Dialog_amplitudeInvalid : null);
            DisplaySettings chosen = text == null ? null : parseAmplitude(s, text);
            if (chosen != null) {
                viewer.settings().setDisplay(chosen);
            }
        }
        case "org.seislens.ui.commands.traceAxisKeys" -> { //$NON-NLS-1$
            String text = ask(shell, Messages.Dialog_keysTitle, Messages.Dialog_keysMessage,
                    String.join(",", viewer.settings().traceAxisKeys()), t -> null); //$NON-NLS-1$
            if (text != null) {
                List<String> keys = new ArrayList<>();
                for (String k : text.split(",")) { //$NON-NLS-1$
                    if (!k.isBlank()) {
                        keys.add(k.trim());
                    }
                }
                viewer.settings().setTraceAxisKeys(keys);
            }
        }
        case "org.seislens.ui.commands.openEnsemble" -> { //$NON-NLS-1$
            Dataset d = viewer.dataset();
            if (d == null) {
                return null;
            }
            List<String> indexed = d.descriptor().ensembleKeys();
            String text = ask(shell, Messages.Dialog_ensembleTitle,
                    NLS.bind(Messages.Dialog_ensembleMessage, String.join(", ", indexed)), //$NON-NLS-1$
                    indexed.isEmpty() ? "" : indexed.get(0) + "=", //$NON-NLS-1$ //$NON-NLS-2$
                    t -> parseEnsemble(indexed, t) == null ? Messages.Dialog_ensembleInvalid : null);
            String[] pair = text == null ? null : parseEnsemble(indexed, text);
            if (pair != null) {
                viewer.openEnsemble(pair[0], Long.parseLong(pair[1]));
            }
        }
        default -> throw new ExecutionException("Not a viewer dialog command: " + event.getCommand().getId()); //$NON-NLS-1$
        }
        return null;
    }

    private static @Nullable String ask(Shell shell, String title, String message, String initial,
            org.eclipse.jface.dialogs.IInputValidator validator) {
        InputDialog dialog = new InputDialog(shell, title, message, initial, validator);
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    /**
     * @param s the settings to change
     * @param text "99%" or "1500", optionally followed by a gain
     * @return the new settings, or {@code null} if the text is invalid
     */
    static @Nullable DisplaySettings parseAmplitude(DisplaySettings s, String text) {
        String[] parts = text.trim().split("\\s+"); //$NON-NLS-1$
        if (parts.length < 1 || parts.length > 2 || parts[0].isEmpty()) {
            return null;
        }
        try {
            boolean percent = parts[0].endsWith("%"); //$NON-NLS-1$
            double clip = Double.parseDouble(percent ? parts[0].substring(0, parts[0].length() - 1) : parts[0]);
            double gain = parts.length == 2 ? Double.parseDouble(parts[1]) : s.gain();
            return s.withClip(percent ? ClipMode.PERCENTILE : ClipMode.ABSOLUTE, clip).withGain(gain);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String @Nullable [] parseEnsemble(List<String> indexed, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            return null;
        }
        String key = text.substring(0, eq).trim();
        String value = text.substring(eq + 1).trim();
        try {
            Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
        return indexed.contains(key) ? new String[] { key, value } : null;
    }
}
