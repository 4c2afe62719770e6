package org.seislens.rcp.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What Help &gt; About tells: the versions of SeisLens, of the platform it runs on and of the Java runtime, and
 * the memory it was given. A user pastes it into a bug report, so it is also plain text.
 *
 * @param rows the components and their versions, in the order shown
 */
public record VersionReport(List<Row> rows) {

    /** The bundles named in the report besides SeisLens's own, with the name shown for each. */
    private static final Map<String, String> PLATFORM = Map.of(
            "org.eclipse.ui.workbench", "Eclipse Platform UI", //$NON-NLS-1$ //$NON-NLS-2$
            "org.eclipse.swt", "SWT", //$NON-NLS-1$ //$NON-NLS-2$
            "org.eclipse.osgi", "Equinox OSGi framework", //$NON-NLS-1$ //$NON-NLS-2$
            "org.apache.felix.scr", "Declarative Services (Felix SCR)"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final String SEISLENS_PREFIX = "org.seislens."; //$NON-NLS-1$

    /**
     * One line of the report.
     *
     * @param component what is versioned, e.g. "Java runtime"
     * @param version its version or value
     */
    public record Row(String component, String version) {
    }

    /**
     * @param rows the components and their versions
     */
    public VersionReport {
        rows = List.copyOf(rows);
    }

    /**
     * Collects the report from the running framework and Java runtime.
     *
     * @param context a bundle context of the running framework
     * @param productVersion the version of the product's defining bundle
     * @return the report: SeisLens first, then its bundles, the platform, Java, the system and the heap
     */
    public static VersionReport of(BundleContext context, String productVersion) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("SeisLens", productVersion)); //$NON-NLS-1$
        Bundle[] bundles = context.getBundles();
        List<Bundle> own = List.of(bundles).stream()
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(SEISLENS_PREFIX))
                .sorted(Comparator.comparing(Bundle::getSymbolicName)).toList();
        for (Bundle b : own) {
            rows.add(new Row(b.getSymbolicName(), b.getVersion().toString()));
        }
        Map<String, Bundle> bySymbolicName = List.of(bundles).stream().filter(b -> b.getSymbolicName() != null)
                .collect(Collectors.toMap(Bundle::getSymbolicName, b -> b, (a, b) -> a));
        for (String name : List.of("org.eclipse.ui.workbench", "org.eclipse.swt", "org.eclipse.osgi", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "org.apache.felix.scr")) { //$NON-NLS-1$
            Bundle b = bySymbolicName.get(name);
            if (b != null) {
                rows.add(new Row(PLATFORM.get(name), b.getVersion().toString()));
            }
        }
        rows.add(new Row("Java runtime", System.getProperty("java.runtime.version", Runtime.version().toString()) //$NON-NLS-1$ //$NON-NLS-2$
                + " (" + System.getProperty("java.vendor", "?") + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        rows.add(new Row("Java virtual machine", System.getProperty("java.vm.name", "?") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + System.getProperty("java.vm.version", "")));  //$NON-NLS-1$ //$NON-NLS-2$
        rows.add(new Row("Operating system", System.getProperty("os.name", "?") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + System.getProperty("os.version", "") + " (" + System.getProperty("os.arch", "?") + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Runtime runtime = Runtime.getRuntime();
        rows.add(new Row("Maximum heap", megabytes(runtime.maxMemory()))); //$NON-NLS-1$
        rows.add(new Row("Processors", Integer.toString(runtime.availableProcessors()))); //$NON-NLS-1$
        return new VersionReport(rows);
    }

    /**
     * @param component a component name as shown
     * @return its version, or {@code null} when the report does not name it
     */
    public @Nullable String versionOf(String component) {
        return rows.stream().filter(r -> r.component().equals(component)).map(Row::version).findFirst()
                .orElse(null);
    }

    /** @return the report as text, one "component: version" line per row */
    public String toText() {
        return rows.stream().map(r -> r.component() + ": " + r.version()) //$NON-NLS-1$
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024)); //$NON-NLS-1$
    }
}
