package org.seislens.core;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of checking everything a reader of a dataset relies on.
 *
 * @param dataset the dataset directory
 * @param chunksChecked how many sample chunks were read and decoded
 * @param problems every problem found, each with the file it concerns; empty when the dataset is sound
 */
public record DatasetVerification(Path dataset, long chunksChecked, List<Problem> problems) {

    /**
     * Freezes the problem list.
     */
    public DatasetVerification {
        problems = List.copyOf(problems);
    }

    /** @return whether no problem was found */
    public boolean sound() {
        return problems.isEmpty();
    }

    /**
     * One problem of a dataset.
     *
     * @param path the file or directory concerned
     * @param problem what is wrong, one sentence
     */
    public record Problem(Path path, String problem) {
    }
}
