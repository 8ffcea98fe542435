package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The literal prefilter must never hide a regex match; plus golden cases for the v2 rules. */
class BoilerplatePrefilterTest {

    @Test
    void requiredLiteralsOfSimplePatterns() {
        assertEquals(List.of("公网安备"), RequiredLiterals.of("公网安备\\s*[0-9]+"));
        assertEquals(List.of("上一篇", "下一篇"), RequiredLiterals.of("^(?:上一篇|下一篇)\\s*[:：]?.*$"));
        assertNull(RequiredLiterals.of("^\\d{1,2}:\\d{2}$".replace(":", "[:]")));
        assertNull(RequiredLiterals.of("(?i)abc"));
        assertEquals(List.of("a"), RequiredLiterals.of("ab?"));
    }

    @Test
    void ahoCorasickFindsOverlappingLiterals() {
        AhoCorasick ac = new AhoCorasick(List.of("he", "she", "hers", "版权所有"),
                List.of(new int[] {0}, new int[] {1}, new int[] {2}, new int[] {3}), 4);
        BitSet found = ac.scan("ushers 版权所".toCharArray());
        assertTrue(found.get(0) && found.get(1) && found.get(2));
        assertFalse(found.get(3));
    }

    /** Every line of both page sets' expected text and of the golden file: a regex hit implies a literal hit. */
    @Test
    void prefilterNeverHidesARegexMatch() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String dir : new String[] {"/extraction/pages", "/extraction/heldout"}) {
            Path root = Path.of(getClass().getResource(dir).toURI());
            try (Stream<Path> walk = Files.walk(root, 2)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
                }
            }
        }
        lines.addAll(golden());
        int checked = 0;
        for (BoilerplateRules.Rule rule : BoilerplateRules.defaults().rules()) {
            if (!rule.kind().equals("line_regex")) {
                continue;
            }
            List<String> literals = RequiredLiterals.of(rule.pattern());
            if (literals == null) {
                continue;
            }
            Pattern pattern = Pattern.compile(rule.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String line : lines) {
                String trimmed = line.strip();
                if (pattern.matcher(trimmed).find()) {
                    String folded = BoilerplateRules.fold(trimmed);
                    assertTrue(literals.stream().anyMatch(l -> folded.contains(BoilerplateRules.fold(l))),
                            "rule " + rule.pattern() + " matched '" + line + "' without literals " + literals);
                    checked++;
                }
            }
        }
        assertTrue(checked > 0);
    }

    private List<String> golden() throws IOException {
        try (var in = getClass().getResourceAsStream("/extraction/boilerplate-golden.tsv")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    out.add(line.substring(tab + 1));
                }
            }
            return out;
        }
    }

    @Test
    void v2RulesGolden() {
        BoilerplateRules rules = BoilerplateRules.defaults();
        String[] drop = {
            "2 Answers", "2 件の回答", "2 개의 답변", "22 个回答",
            "Not the answer you're looking for? Browse other questions tagged git or ask your own question.",
            "Was this helpful?", "このページは役に立ちましたか？", "这篇文档对你有帮助吗？",
            "发表于 2024-5-12 21:00 |只看该作者", "查看: 4532|回复: 4",
            "1名無しさん2024/05/12(日) 21:10:30.57ID:ueezmo",
            "2024-05-09 11:02科技前沿", "May 9, 2024, 6:00 AM ET Metro Desk", "Sunday, February 11, 2024",
            "2024年4月6日 星期六", "2024. 3. 2. 22:10", "Source: Dave's Radio Workbench Updated 14 Jan 2024",
            "[편집: 문화체육과]", "Customer reviews(3+)", "商品评价(3+)", "Return policy", "售后保障",
        };
        for (String line : drop) {
            assertTrue(rules.isBoilerplate(line), "drop: " + line);
        }
        String[] keep = {
            "The answer came two days later, in a letter from the county archive.",
            "2024年4月6日，我们从湖东出发，一路向北骑行。",
            "技术细节决定了产品的寿命，售后保障只是最后一道防线。",
            "Technical Details", "商品介绍", "Product description",
        };
        for (String line : keep) {
            assertFalse(rules.isBoilerplate(line), "keep: " + line);
        }
        assertTrue(rules.opensBoilerplateSection("Return policy"));
        assertFalse(rules.opensBoilerplateSection("About this item"));
    }
}
