package io.taoxi.filters.html;

import java.net.URISyntaxException;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Regression floor over the third blind page set ({@code extraction/blind3}, 40 pages, 8 per language),
 * written by a session that never read the extractor's code or rules. Its first run IS the blind estimate
 * of main_text_v3 (mean token-F1 / char-F1): en 0.819 / 0.813, ja 0.873 / 0.865, ko 0.955 / 0.944,
 * zh-Hans 0.950 / 0.945, zh-Hant 0.928 / 0.900, ALL 0.905 / 0.893 (docs/extraction.md, "Fresh blind set").
 *
 * <p><b>blind3 is no longer blind.</b> Its failures were read and main_text_v4 fixes them (docs/extraction.md,
 * "Round 5"); the first-run numbers above, already in the docs, remain the honest estimate of real-web
 * quality. v4 reaches en 0.967 / 0.959, ja 0.964 / 0.962, ko 0.959 / 0.950, zh-Hans 0.982 / 0.983,
 * zh-Hant 0.957 / 0.952, ALL 0.966 / 0.961 here, an upper bound. The floors below are those v4 means minus
 * 0.02, rounded down, and only guard against regression.
 */
class ExtractionBlind3Test {

    /** lang → {min mean token-F1, min mean char-F1}. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "en", new double[] {0.94, 0.93},
            "ja", new double[] {0.94, 0.94},
            "ko", new double[] {0.93, 0.92},
            "zh-Hans", new double[] {0.96, 0.96},
            "zh-Hant", new double[] {0.93, 0.93},
            "ALL", new double[] {0.94, 0.94});

    @Test
    void meanF1PerLanguageStaysAboveTheFloor() throws URISyntaxException {
        ExtractionFloors.check("/extraction/blind3", "blind3", 40, FLOORS);
    }
}
