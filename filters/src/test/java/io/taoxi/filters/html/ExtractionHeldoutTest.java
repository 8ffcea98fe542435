package io.taoxi.filters.html;

import java.net.URISyntaxException;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Regression floor over the held-out page set ({@code extraction/heldout}, written blind to the
 * extractor). Floors are the per-language means main_text_v2 reached, minus a margin of about 0.02,
 * rounded down. The set was used to diagnose failure classes after its first blind measurement
 * (see docs/extraction.md), so these numbers guard against regression; they are not a blind score.
 */
class ExtractionHeldoutTest {

    /** lang → {min mean token-F1, min mean char-F1}. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "en", new double[] {0.97, 0.97},
            "ja", new double[] {0.97, 0.97},
            "ko", new double[] {0.97, 0.97},
            "zh-Hans", new double[] {0.97, 0.97},
            "zh-Hant", new double[] {0.97, 0.97});

    @Test
    void meanF1PerLanguageStaysAboveTheFloor() throws URISyntaxException {
        ExtractionFloors.check("/extraction/heldout", "held-out", 42, FLOORS);
    }
}
