package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The page-set regression floors shared by the held-out and blind tests: evaluate, print, compare. */
final class ExtractionFloors {
    private ExtractionFloors() {
    }

    /**
     * Extracts every page of {@code resource} with the default spec, prints the per-language table and the
     * pages, and fails when the set has not {@code pages} pages or a language's mean token-F1 or char-F1
     * is below its floor ({@code lang → {token, char}}).
     */
    static void check(String resource, String label, int pages, Map<String, double[]> floors) throws URISyntaxException {
        Path dir = Path.of(ExtractionFloors.class.getResource(resource).toURI());
        List<ExtractionEval.PageResult> results =
                ExtractionEval.evaluate(dir, new MainTextExtractor(MainTextExtractor.Spec.defaults()));
        List<ExtractionEval.LangSummary> summaries = ExtractionEval.summarize(results);
        String table = ExtractionEval.formatTable(summaries);
        System.out.println(table);
        System.out.println(ExtractionEval.formatPages(results));

        assertEquals(pages, results.size(), label + " pages");
        List<String> below = new ArrayList<>();
        for (ExtractionEval.LangSummary s : summaries) {
            double[] floor = floors.get(s.lang());
            if (floor != null && (s.meanTokenF1() < floor[0] || s.meanCharF1() < floor[1])) {
                below.add(s.lang());
            }
        }
        assertTrue(below.isEmpty(), label + " mean F1 below the floor for " + below + "\n" + table);
    }
}
