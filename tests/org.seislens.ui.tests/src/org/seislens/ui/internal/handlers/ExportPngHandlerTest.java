package org.seislens.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.Viewport;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.StripeSurvey;

/**
 * Exports the viewer, showing the stripe survey in grey clipped at the stripes' amplitude, as PNG files
 * without the dialogs, and reads them back.
 */
class ExportPngHandlerTest {

    private static final ColourMaps MAP = ColourMaps.GREY;

    @TempDir
    static Path dir;
    private static Path dataset;

    @TempDir
    Path out;

    private SeismicViewerView view;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, 1000, 500);
    }

    @BeforeEach
    void openViewer() throws Exception {
        view = StripeSurvey.showViewer();
        StripeSurvey.open(view, dataset);
        Ui.run(() -> view.settings().setDisplay(
                DisplaySettings.DEFAULT.withColourMap(MAP).withClip(ClipMode.ABSOLUTE, StripeSurvey.AMPLITUDE)));
        Ui.waitUntil("the grey stripes are drawn", view::isSettled);
    }

    private static ImageData load(Path file) {
        ImageData[] frames = new ImageLoader().load(file.toString());
        assertEquals(1, frames.length);
        return frames[0];
    }

    private ImageData export(Path file, int width, int height) throws InterruptedException {
        Job job = Ui.call(() -> ExportPngHandler.export(view, file, width, height));
        assertTrue(job.join(30_000, null), "the export finishes within 30 s");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        return load(file);
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    /**
     * Checks that the file has the picture's size, equals it in the plot, and that the plot shows the stripes
     * where the viewport puts them.
     */
    private void checkPlot(ImageData png, int width, int height) {
        ImageData expected = Ui.call(() -> view.snapshot(width, height));
        Rectangle plot = Ui.call(view::plotArea);
        Viewport now = Ui.call(() -> view.controller().viewport());
        assertEquals(expected.width, png.width);
        assertEquals(expected.height, png.height);
        assertEquals(width + plot.x + 8, png.width, "the plot's width and the axes around it");
        assertEquals(height + plot.y + 8, png.height, "the plot's height and the axes around it");
        for (int y = plot.y; y < plot.y + height; y += 7) {
            for (int x = plot.x; x < plot.x + width; x += 7) {
                assertEquals(Screenshots.rgb(expected, x, y), Screenshots.rgb(png, x, y), "pixel " + x + ", " + y);
            }
        }
        double pixelsPerTrace = now.pixelsPerTrace() * width / now.width();
        int y = plot.y + height / 2;
        int checked = 0;
        for (long t = (long) Math.ceil(now.trace0()) + 2; (t + 1 - now.trace0()) * pixelsPerTrace < width; t += 7) {
            if (t % 50 <= 1 || t % 50 >= 48) {
                continue; // stay off stripe edges
            }
            int x = plot.x + (int) ((t + 0.5 - now.trace0()) * pixelsPerTrace);
            RGB c = Screenshots.rgb(png, x, y);
            int expectedColour = MAP.map().rgb(StripeSurvey.stripe(t) > 0 ? 255 : 0);
            assertEquals(expectedColour, c.red << 16 | c.green << 8 | c.blue, "trace " + t + " at x " + x);
            checked++;
        }
        assertTrue(checked > 20, "checked " + checked + " traces");
    }

    @Test
    void exportsAtTheViewSize() throws Exception {
        Rectangle plot = Ui.call(view::plotArea);
        Path file = out.resolve("view.png");
        ImageData png = export(file, plot.width, plot.height);
        checkPlot(png, plot.width, plot.height);
        assertEquals(List.of(file), list(out), "only the PNG file is left");
    }

    @Test
    void exportsAtAChosenSizeOverAnOldFile() throws Exception {
        Path file = out.resolve("chosen.png");
        Files.writeString(file, "an older export");
        ImageData png = export(file, 800, 500);
        checkPlot(png, 800, 500);
        assertEquals(List.of(file), list(out), "the old file is replaced and no temporary file is left");
    }

    @Test
    void aFailedWriteLeavesNothingAndNamesTheFile() throws Exception {
        Path taken = Files.createDirectory(out.resolve("taken.png"));
        Files.writeString(taken.resolve("keep.txt"), "not empty");
        ImageData picture = Ui.call(() -> view.snapshot(64, 64));
        IOException e = assertThrows(IOException.class, () -> ExportPngHandler.write(picture, taken));
        assertTrue(e.getMessage().contains(taken.toString()), e.getMessage());
        assertEquals(List.of(taken), list(out), "no temporary file is left");
        assertEquals(List.of(taken.resolve("keep.txt")), list(taken));

        Path missing = out.resolve("no/such/dir/x.png");
        e = assertThrows(IOException.class, () -> ExportPngHandler.write(picture, missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertEquals(List.of(taken), list(out));
    }

    @Test
    void sizesAreParsed() {
        assertArrayEquals(new int[] { 800, 500 }, ExportPngHandler.parseSize("800x500"));
        assertArrayEquals(new int[] { 800, 500 }, ExportPngHandler.parseSize(" 800 X 500 "));
        assertNull(ExportPngHandler.parseSize("15x500"));
        assertNull(ExportPngHandler.parseSize("800x16385"));
        assertNull(ExportPngHandler.parseSize("800"));
        assertNull(ExportPngHandler.parseSize("axb"));
    }
}
