package io.taoxi.filters.html;

import java.net.URISyntaxException;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Regression floor over the fourth blind page set ({@code extraction/blind4}, 40 pages, 8 per language),
 * written by a session that never read the extractor's code or rules, with site kinds none of the older
 * sets use. Its first run IS the blind estimate of main_text_v4 (mean token-F1 / char-F1): en 0.956 / 0.960,
 * ja 0.843 / 0.827, ko 0.906 / 0.892, zh-Hans 0.964 / 0.958, zh-Hant 0.941 / 0.929, ALL 0.922 / 0.913
 * (commit 8ae958b; docs/extraction.md, "Fresh blind set for v4"). No page or expected file was changed
 * after those scores were seen.
 *
 * <p><b>blind4 is no longer blind.</b> Its failures were read and main_text_v5 fixes them (docs/extraction.md,
 * "Round 6"); the first-run numbers above, already in the docs, remain the honest estimate of main_text_v4.
 * main_text_v5 scores en 0.975 / 0.974, ja 0.929 / 0.916, ko 0.919 / 0.911, zh-Hans 0.966 / 0.961, zh-Hant
 * 0.943 / 0.930, ALL 0.946 / 0.939 here: an upper bound, not an estimate. The floors below are those v5 means
 * minus 0.02, rounded down to two decimals; they only guard against regression.
 */
class ExtractionBlind4Test {

    /** lang → {min mean token-F1, min mean char-F1}. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "en", new double[] {0.95, 0.95},
            "ja", new double[] {0.90, 0.89},
            "ko", new double[] {0.89, 0.89},
            "zh-Hans", new double[] {0.94, 0.94},
            "zh-Hant", new double[] {0.92, 0.91},
            "ALL", new double[] {0.92, 0.91});

    @Test
    void meanF1PerLanguageStaysAboveTheFloor() throws URISyntaxException {
        ExtractionFloors.check("/extraction/blind4", "blind4", 40, FLOORS);
    }
}
