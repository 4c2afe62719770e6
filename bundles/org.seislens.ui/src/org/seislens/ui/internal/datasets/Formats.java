package org.seislens.ui.internal.datasets;

import java.text.NumberFormat;

import org.eclipse.osgi.util.NLS;

/**
 * How the Datasets view and its properties write numbers.
 */
final class Formats {

    private Formats() {
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    static String interval(double micros) {
        return NLS.bind(Messages.Format_interval, NumberFormat.getNumberInstance().format(micros));
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return ""; //$NON-NLS-1$
        }
        NumberFormat one = NumberFormat.getNumberInstance();
        one.setMaximumFractionDigits(1);
        if (bytes < 1024L * 1024) {
            return NLS.bind(Messages.Format_kib, one.format(bytes / 1024.0));
        }
        if (bytes < 1024L * 1024 * 1024) {
            return NLS.bind(Messages.Format_mib, one.format(bytes / (1024.0 * 1024)));
        }
        return NLS.bind(Messages.Format_gib, one.format(bytes / (1024.0 * 1024 * 1024)));
    }
}
