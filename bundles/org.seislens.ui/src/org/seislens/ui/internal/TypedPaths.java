package org.seislens.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Text;

/** The path a user typed or chose in a text field of a wizard page. */
public final class TypedPaths {

    private TypedPaths() {
    }

    /**
     * @param field a text field, or {@code null} before the page's controls are made
     * @return the absolute, normalised path its text names, or {@code null} when it is blank or not a path
     */
    public static @Nullable Path of(@Nullable Text field) {
        if (field == null) {
            return null;
        }
        String text = field.getText().strip();
        try {
            return text.isEmpty() ? null : Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
