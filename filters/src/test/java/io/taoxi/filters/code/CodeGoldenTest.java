package io.taoxi.filters.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden TSVs of the code operators: languages, licences, per-file rules, comment scanning. */
class CodeGoldenTest {
    static List<String[]> tsv(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CodeGoldenTest.class.getResourceAsStream("/code/" + name)), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] withLine = new String[f.length + 1];
                withLine[0] = name + ":" + number;
                for (int i = 0; i < f.length; i++) {
                    withLine[i + 1] = f[i].replace("\\n", "\n").replace("\\t", "\t");
                }
                rows.add(withLine);
            }
        }
        return rows;
    }

    static Stream<Arguments> languages() throws IOException {
        return tsv("languages.tsv").stream().map(f -> Arguments.of(f[0], f[1], f[2], f[3]));
    }

    static Stream<Arguments> licenses() throws IOException {
        return tsv("licenses.tsv").stream().map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    static Stream<Arguments> rules() throws IOException {
        return tsv("rules.tsv").stream().map(f -> Arguments.of(f[0], f[1], f[2], f[3]));
    }

    static Stream<Arguments> scans() throws IOException {
        return tsv("scan.tsv").stream().map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4]));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("languages")
    void language(String where, String expected, String path, String firstLine) {
        assertEquals(expected, CodeLanguages.detect(path, firstLine.isEmpty() ? null : firstLine).orElse(""), where);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("licenses")
    void license(String where, String expected, String text) {
        assertEquals(expected, LicenseMatcher.match(text).orElse(""), where);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("rules")
    void rule(String where, String expected, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CodeFiles.CodeFile f = CodeFiles.classify(path, bytes, bytes.length, CodeFiles.Spec.defaults());
        assertEquals(expected, f.dropReason() == null ? "" : f.dropReason(), where);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scans")
    void scan(String where, String language, String lines, String cjk, String text) {
        CodeScanner.Stats s = CodeScanner.scan(text, CodeLanguages.syntax(language));
        assertEquals(lines, s.commentLines() + "/" + s.nonBlankLines(), where);
        assertEquals(cjk, String.format(Locale.ROOT, "%.2f", s.cjkCommentFrac()), where);
    }
}
