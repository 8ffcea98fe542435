package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Quality floor over the committed page set (see extraction/README.md); not a timing test. */
class ExtractionPageSetTest {

    private static final double MIN_MEAN_F1 = 0.90;
    private static final Set<String> MAIN_LANGUAGES = Set.of("zh-Hans", "zh-Hant", "ja", "ko", "en");

    @Test
    void meanF1PerLanguageMeetsTheFloor() throws URISyntaxException {
        Path pages = Path.of(getClass().getResource("/extraction/pages").toURI());
        List<ExtractionEval.PageResult> results =
                ExtractionEval.evaluate(pages, new MainTextExtractor(MainTextExtractor.Spec.defaults()));
        List<ExtractionEval.LangSummary> summaries = ExtractionEval.summarize(results);
        String table = ExtractionEval.formatTable(summaries);
        System.out.println(table);
        System.out.println(ExtractionEval.formatPages(results));

        assertTrue(results.size() >= 45, "page set has at least 45 pages, found " + results.size());
        Map<String, Long> perLanguage = results.stream()
                .collect(Collectors.groupingBy(ExtractionEval.PageResult::lang, Collectors.counting()));
        for (String lang : MAIN_LANGUAGES) {
            assertTrue(perLanguage.getOrDefault(lang, 0L) >= 8, "at least 8 pages for " + lang + ": " + perLanguage);
        }
        List<String> below = new ArrayList<>();
        for (ExtractionEval.LangSummary s : summaries) {
            if (s.meanTokenF1() < MIN_MEAN_F1 || s.meanCharF1() < MIN_MEAN_F1) {
                below.add(s.lang());
            }
        }
        assertTrue(below.isEmpty(), "mean F1 below " + MIN_MEAN_F1 + " for " + below + "\n" + table);
    }
}
