package io.taoxi.filters.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taoxi.filters.core.Doc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden cases per language: {@code expected<TAB>input}; expected = canonical terms hit, or {@code -}. */
class LexiconScorerGoldenTest {
    private static final LexiconScorer SCORER = new LexiconScorer(LexiconScorer.Spec.defaults());

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : List.of("zh-Hans", "zh-Hant", "en", "ja", "ko")) {
            String file = "/toxicity/golden-" + lang + ".tsv";
            try (InputStream in = getClass().getResourceAsStream(file)) {
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("NOTE:")) {
                        continue;
                    }
                    String[] cols = line.split("\t", 2);
                    String expected = cols[0];
                    String input = cols[1];
                    String where = file + ":" + (i + 1);
                    tests.add(DynamicTest.dynamicTest(lang + " " + input, () -> {
                        List<LexiconScorer.Hit> hits = SCORER.hits(Doc.of(lang, input));
                        String actual = hits.isEmpty() ? "-"
                                : String.join(",", hits.stream().map(LexiconScorer.Hit::term).toList());
                        assertEquals(expected, actual, where + " " + input + " hits=" + hits);
                    }));
                }
            }
        }
        return tests.stream();
    }
}
