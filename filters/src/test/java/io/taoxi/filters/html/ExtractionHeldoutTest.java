package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Path pages = Path.of(getClass().getResource("/extraction/heldout").toURI());
        List<ExtractionEval.PageResult> results =
                ExtractionEval.evaluate(pages, new MainTextExtractor(MainTextExtractor.Spec.defaults()));
        List<ExtractionEval.LangSummary> summaries = ExtractionEval.summarize(results);
        String table = ExtractionEval.formatTable(summaries);
        System.out.println(table);
        System.out.println(ExtractionEval.formatPages(results));

        assertEquals(42, results.size(), "held-out pages");
        List<String> below = new ArrayList<>();
        for (ExtractionEval.LangSummary s : summaries) {
            double[] floor = FLOORS.get(s.lang());
            if (floor != null && (s.meanTokenF1() < floor[0] || s.meanCharF1() < floor[1])) {
                below.add(s.lang());
            }
        }
        assertTrue(below.isEmpty(), "held-out mean F1 below the floor for " + below + "\n" + table);
    }
}
