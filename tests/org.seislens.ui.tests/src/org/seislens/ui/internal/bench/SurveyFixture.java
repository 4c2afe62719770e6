package org.seislens.ui.internal.bench;


import java.nio.file.Path;

import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.ui.internal.Imports;

/** Writes a small generated prestack survey and imports it through the registered import service. */
final class SurveyFixture {

    /**
     * 24 shots of 128 channels, 500 samples: one shot is exactly one column of 128-trace chunks, so without
     * prefetch the next shot is never in the cache.
     */
    static final SurveyGeometry GEOMETRY = new SurveyGeometry(24, 128, 500, 2000, 25.0, 12.5, 7);

    private SurveyFixture() {
    }

    /**
     * @param dir a temporary directory
     * @return the imported dataset directory, with field_record and cdp indexed
     */
    static Path importSurvey(Path dir) throws Exception {
        return Imports.survey(dir.resolve("survey.sgy"), GEOMETRY, dir.resolve("survey.seislens"));
    }
}
