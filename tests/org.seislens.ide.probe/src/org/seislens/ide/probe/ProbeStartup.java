package org.seislens.ide.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs the probe once the workbench is up, when {@code -Dseislens.probe.report=<file>} is given: collects what
 * the IDE offers of SeisLens, opens a generated dataset when SeisLens is installed, writes the report (to a
 * temporary sibling, then renamed) and closes the workbench. Optional: {@code -Dseislens.probe.data=<dir>} for
 * the generated survey, {@code -Dseislens.probe.screenshot=<png>} for a picture of the window.
 */
public final class ProbeStartup implements IStartup {

    private static final String REPORT = "seislens.probe.report"; //$NON-NLS-1$
    private static final String DATA = "seislens.probe.data"; //$NON-NLS-1$
    private static final String SCREENSHOT = "seislens.probe.screenshot"; //$NON-NLS-1$

    @Override
    public void earlyStartup() {
        String report = System.getProperty(REPORT);
        if (report == null || report.isBlank()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        BundleContext context = FrameworkUtil.getBundle(ProbeStartup.class).getBundleContext();
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        result.put("errors", errors); //$NON-NLS-1$
        try {
            new WorkbenchFacts(workbench, context).collect(result);
            if (Platform.getBundle("org.seislens.ui") != null) { //$NON-NLS-1$
                Path data = Path.of(System.getProperty(DATA, System.getProperty("java.io.tmpdir"))); //$NON-NLS-1$
                result.put("dataset", new DatasetCheck(workbench, context, data).run()); //$NON-NLS-1$
            }
            result.put("components", ComponentStates.of(context)); //$NON-NLS-1$
            String screenshot = System.getProperty(SCREENSHOT);
            if (screenshot != null && !screenshot.isBlank()) {
                Screenshot.save(workbench, Path.of(screenshot));
            }
        } catch (Exception | LinkageError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            errors.add(trace.toString());
        }
        try {
            Path target = Path.of(report);
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp"); //$NON-NLS-1$
            Files.writeString(temporary, Json.write(result), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("seislens probe: cannot write " + report + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        workbench.getDisplay().asyncExec(workbench::close);
    }
}
