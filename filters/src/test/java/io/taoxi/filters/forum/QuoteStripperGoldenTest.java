package io.taoxi.filters.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden cases ({@code expected<TAB>input}, {@code \n} escaped) in both quote modes. */
class QuoteStripperGoldenTest {
    private static final QuoteStripper STRIPPER = new QuoteStripper(QuoteStripper.Spec.defaults());

    @TestFactory
    Stream<DynamicTest> stripped() throws IOException {
        return cases("/forum/quote-strip.tsv", false);
    }

    @TestFactory
    Stream<DynamicTest> withContext() throws IOException {
        return cases("/forum/quote-context.tsv", true);
    }

    static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }

    private Stream<DynamicTest> cases(String file, boolean keepContext) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#") || line.startsWith("NOTE:")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                String expected = unescape(cols[0]);
                String input = unescape(cols[1]);
                String where = file + ":" + (i + 1);
                tests.add(DynamicTest.dynamicTest(where + " " + cols[1], () ->
                        assertEquals(expected, STRIPPER.strip(input, keepContext).text(), where)));
            }
        }
        return tests.stream();
    }
}
