package org.seislens.test.support;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Posts real input events to the display (under Xvfb they go through the X server like a user's), so that
 * tests exercise the same listeners a user does.
 */
public final class Input {

    private Input() {
        // static helpers only
    }

    /**
     * Presses and releases a key while {@code control} has focus. Call from the test thread.
     *
     * @param control the control to focus first
     * @param keyCode an SWT key code such as {@link SWT#ARROW_RIGHT}, or a character
     */
    public static void key(Control control, int keyCode) {
        Ui.run(control::setFocus);
        post(SWT.KeyDown, keyCode, 0, 0, 0);
        post(SWT.KeyUp, keyCode, 0, 0, 0);
    }

    /**
     * Clicks the left mouse button at a point of a control. Call from the test thread.
     *
     * @param control the control
     * @param x horizontal position in the control
     * @param y vertical position in the control
     */
    public static void click(Control control, int x, int y) {
        Point p = Ui.call(() -> control.toDisplay(x, y));
        post(SWT.MouseMove, 0, 0, p.x, p.y);
        post(SWT.MouseDown, 0, 1, p.x, p.y);
        post(SWT.MouseUp, 0, 1, p.x, p.y);
    }

    /**
     * Drags with the left button from one point of a control to another. Call from the test thread.
     *
     * @param control the control
     * @param x0 start, horizontal
     * @param y0 start, vertical
     * @param x1 end, horizontal
     * @param y1 end, vertical
     */
    public static void drag(Control control, int x0, int y0, int x1, int y1) {
        Point a = Ui.call(() -> control.toDisplay(x0, y0));
        Point b = Ui.call(() -> control.toDisplay(x1, y1));
        post(SWT.MouseMove, 0, 0, a.x, a.y);
        post(SWT.MouseDown, 0, 1, a.x, a.y);
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            post(SWT.MouseMove, 0, 0, a.x + (b.x - a.x) * i / steps, a.y + (b.y - a.y) * i / steps);
        }
        post(SWT.MouseUp, 0, 1, b.x, b.y);
    }

    private static void post(int type, int keyCode, int button, int x, int y) {
        Ui.run(() -> {
            Event event = new Event();
            event.type = type;
            if (type == SWT.KeyDown || type == SWT.KeyUp) {
                if (keyCode < 0x10000 && (keyCode & SWT.KEYCODE_BIT) == 0) {
                    event.character = (char) keyCode;
                }
                event.keyCode = keyCode;
            } else {
                event.button = button;
                event.x = x;
                event.y = y;
            }
            if (!Ui.display().post(event)) {
                throw new AssertionError("The display refused the posted event " + event); //$NON-NLS-1$
            }
        });
        // Wait until the event has been read and dispatched.
        Ui.run(() -> {
            while (Ui.display().readAndDispatch()) {
                // drain
            }
        });
    }
}
