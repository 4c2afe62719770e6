package org.seislens.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the dataset directories and SEG-Y files named on the product's command line ({@code ./seislens <path>}),
 * among options that the platform or a test harness leaves in the application arguments.
 */
public final class DatasetArguments {

    private DatasetArguments() {
        // static helpers only
    }

    /**
     * Picks the paths out of application arguments. An argument starting with {@code -} is an option and the
     * argument after it is taken as the option's value (such as {@code -testproperties FILE}), unless that one
     * is an option too; after {@code --} every argument is a path. Paths are not checked: opening one that does
     * not exist reports it.
     *
     * @param args application arguments
     * @return the paths, absolute and normalised, in command line order
     */
    public static List<Path> paths(String[] args) {
        List<Path> paths = new ArrayList<>();
        boolean options = true;
        boolean optionValue = false;
        for (String arg : args) {
            if (options && "--".equals(arg)) { //$NON-NLS-1$
                options = false;
            } else if (options && arg.startsWith("-")) { //$NON-NLS-1$
                optionValue = true;
            } else if (options && optionValue) {
                optionValue = false;
            } else if (!arg.isBlank()) {
                try {
                    paths.add(Path.of(arg).toAbsolutePath().normalize());
                } catch (InvalidPathException e) {
                    // not a path on this system (a NUL character): nothing to open
                }
            }
        }
        return List.copyOf(paths);
    }
}
