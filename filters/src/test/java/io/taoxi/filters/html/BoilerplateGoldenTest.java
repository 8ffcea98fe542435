package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BoilerplateGoldenTest {

    @Test
    void goldenCases() throws IOException {
        String tsv;
        try (InputStream in = getClass().getResourceAsStream("/extraction/boilerplate-golden.tsv")) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        BoilerplateRules rules = BoilerplateRules.defaults();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String line : tsv.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("NOTE:")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                fail("golden line without a tab: " + line);
            }
            String expected = line.substring(0, tab);
            String input = unescape(line.substring(tab + 1));
            boolean drop = rules.isBoilerplate(input);
            cases++;
            if (!expected.equals(drop ? "drop" : "keep")) {
                failures.add(expected + " expected, got " + (drop ? "drop" : "keep") + " (rule "
                        + rules.match(input).map(BoilerplateRules.Rule::pattern).orElse("-") + "): " + input);
            }
        }
        assertTrue(cases >= 40, "at least 40 golden cases, found " + cases);
        assertTrue(failures.isEmpty(), failures.size() + " golden failure(s):\n" + String.join("\n", failures));
    }

    @Test
    void parseRejectsBadRulesNamingTheLine() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateRules.parse("# c\nen\tline_fuzzy\tx\tcomment\n"));
        assertTrue(kind.getMessage().contains("line 2"), kind.getMessage());
        IllegalArgumentException regex = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateRules.parse("en\tline_regex\t(unclosed\n"));
        assertTrue(regex.getMessage().contains("line 1"), regex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BoilerplateRules.parse("en\tline_exact\n"));
    }

    @Test
    void customRulesWork() {
        BoilerplateRules rules = BoilerplateRules.parse("any\tline_exact\tlire la suite\tteaser\n");
        assertTrue(rules.isBoilerplate("Lire la suite »"));
        assertEquals(1, rules.rules().size());
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
