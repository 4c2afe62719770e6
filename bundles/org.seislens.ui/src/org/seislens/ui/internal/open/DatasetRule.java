package org.seislens.ui.internal.open;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One scheduling rule per dataset directory: two jobs that import or open the same dataset never run at once,
 * so a second open of a SEG-Y file waits for the first import and then reuses its dataset.
 *
 * @param dataset the dataset directory, absolute and normalised
 */
public record DatasetRule(Path dataset) implements ISchedulingRule {

    /**
     * @param dataset the dataset directory
     */
    public DatasetRule {
        dataset = dataset.toAbsolutePath().normalize();
    }

    @Override
    public boolean contains(@Nullable ISchedulingRule rule) {
        return equals(rule);
    }

    @Override
    public boolean isConflicting(@Nullable ISchedulingRule rule) {
        return equals(rule);
    }
}
