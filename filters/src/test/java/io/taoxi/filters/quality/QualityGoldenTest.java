package io.taoxi.filters.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;

/** Golden TSVs under src/test/resources/quality/, one per operator (format in each file's header). */
class QualityGoldenTest {

    private static final double TOLERANCE = 0.001;

    @TestFactory
    Stream<DynamicTest> goldenFiles() {
        return Stream.of(
                golden("gopher_quality.tsv", new GopherQuality(GopherQuality.Spec.defaults())),
                golden("gopher_repetition.tsv", new GopherRepetition(GopherRepetition.Spec.defaults())),
                golden("c4_quality.tsv", new C4Quality(C4Quality.Spec.defaults())),
                golden("fineweb_quality.tsv", new FineWebQuality(FineWebQuality.Spec.defaults())),
                golden("cjk_quality.tsv", new CjkQuality(CjkQuality.Spec.defaults())));
    }

    private static DynamicTest golden(String file, SignalOperator operator) {
        return DynamicTest.dynamicTest(file, () -> check(file, operator));
    }

    private static void check(String file, SignalOperator operator) throws IOException {
        String tsv;
        try (InputStream in = QualityGoldenTest.class.getResourceAsStream("/quality/" + file)) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Integer> index = new HashMap<>();
        List<SignalColumn> columns = operator.columns();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
        Map<String, Boolean> languages = new HashMap<>();
        String lang = "";
        int cases = 0;
        List<String> failures = new ArrayList<>();
        int lineNumber = 0;
        for (String line : tsv.split("\n", -1)) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("NOTE:")) {
                continue;
            }
            if (line.startsWith("@lang")) {
                lang = line.substring(5).strip();
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                fail(file + ":" + lineNumber + ": no tab");
            }
            String input = unescape(line.substring(tab + 1));
            Object[] actual = operator.compute(Doc.of(lang, input));
            cases++;
            languages.put(Lexicons.baseLanguage(lang), true);
            for (String pair : line.substring(0, tab).trim().split(" +")) {
                int eq = pair.indexOf('=');
                String column = pair.substring(0, eq);
                String expected = pair.substring(eq + 1);
                Integer at = index.get(column);
                if (at == null) {
                    fail(file + ":" + lineNumber + ": unknown column " + column);
                }
                if (!matches(expected, actual[at])) {
                    failures.add(file + ":" + lineNumber + " [" + lang + "] " + column + " expected " + expected
                            + ", got " + actual[at] + " — " + describe(operator, actual) + " — " + input);
                }
            }
        }
        assertTrue(cases >= 8, file + ": at least 8 cases, found " + cases);
        for (String required : List.of("zh", "ja", "ko", "en")) {
            assertTrue(languages.containsKey(required), file + ": no " + required + " case");
        }
        assertTrue(failures.isEmpty(), failures.size() + " golden failure(s):\n" + String.join("\n", failures));
    }

    static boolean matches(String expected, Object actual) {
        if (expected.equals("null")) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        if (actual instanceof Boolean b) {
            return expected.equals(b.toString());
        }
        if (actual instanceof Number n) {
            return Math.abs(Double.parseDouble(expected) - n.doubleValue()) <= TOLERANCE;
        }
        return expected.equals(actual.toString());
    }

    static String describe(SignalOperator operator, Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            sb.append(operator.columns().get(i).name()).append('=')
                    .append(v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.3f", d) : v).append(' ');
        }
        return sb.toString().trim();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                switch (next) {
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case '\\' -> out.append('\\');
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
