package io.taoxi.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;
import io.taoxi.filters.core.Verdict;
import io.taoxi.filters.quality.QualityThresholds.Rule;
import io.taoxi.filters.quality.QualityThresholds.Spec;

class QualityThresholdsTest {

    private static final Path REFERENCE = Path.of("..", "docs", "quality-thresholds.yaml");

    private static QualityThresholds layered() {
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        rules.put("default", List.of(
                Rule.between("word_count", 50, 100_000, "gopher_word_count"),
                Rule.between("mean_word_chars", 3, 10, "gopher_mean_word_chars"),
                Rule.atMost("has_lorem_ipsum", 0, "c4_lorem_ipsum"),
                Rule.atMost("short_line_frac", 0.67, "fineweb_short_lines")));
        rules.put("zh", List.of(
                Rule.between("mean_word_chars", 1, 5, "gopher_mean_word_chars"),
                Rule.off("short_line_frac", "fineweb_short_lines"),
                Rule.atLeast("han_char_frac", 0.3, "cjk_han_share")));
        rules.put("zh-Hant", List.of(Rule.atLeast("han_char_frac", 0.5, "cjk_han_share")));
        return new QualityThresholds(new Spec(rules));
    }

    @Test
    void languagesLayerOverDefaultByReason() {
        QualityThresholds t = layered();
        assertEquals(List.of("gopher_word_count", "gopher_mean_word_chars", "c4_lorem_ipsum", "fineweb_short_lines"),
                t.rulesFor("en").stream().map(Rule::reason).toList());
        assertEquals(List.of("gopher_word_count", "gopher_mean_word_chars", "c4_lorem_ipsum", "cjk_han_share"),
                t.rulesFor("zh-Hans").stream().map(Rule::reason).toList());
        assertEquals(1.0, t.rulesFor("zh-Hans").get(1).min());
        assertEquals(0.5, t.rulesFor("ZH-hant").get(3).min());
        assertEquals(0.3, t.rulesFor("zh").get(3).min());
        assertEquals(t.rulesFor("default"), t.rulesFor(""));
        assertEquals(4, t.rulesFor(null).size());
    }

    @Test
    void judgeReturnsTheFirstFailingRuleWithItsValue() {
        QualityThresholds t = layered();
        Map<String, Object> signals = new HashMap<>(Map.of("word_count", 120L, "mean_word_chars", 1.6,
                "has_lorem_ipsum", false, "short_line_frac", 0.9, "han_char_frac", 0.8));
        assertEquals(Verdict.KEEP, t.judge("zh-Hans", signals));
        assertEquals(new Verdict.Drop("gopher_mean_word_chars", 1.6), t.judge("en", signals));
        signals.put("has_lorem_ipsum", true);
        assertEquals(new Verdict.Drop("c4_lorem_ipsum", 1.0), t.judge("zh-Hans", signals));
        assertEquals(2, t.failures("en", signals).size() - 1); // mean word length, lorem ipsum, short lines
        signals.put("word_count", 20L);
        assertEquals("gopher_word_count", ((Verdict.Drop) t.judge("zh-Hant", signals)).reason());
    }

    @Test
    void boundsKeepAndMissingOrNullSignalsNeverDrop() {
        QualityThresholds t = layered();
        assertTrue(t.judge("en", Map.of("word_count", 50L, "mean_word_chars", 10.0)).kept());
        assertTrue(t.judge("en", Map.of()).kept());
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("word_count", null);
        withNull.put("mean_word_chars", Double.NaN);
        withNull.put("short_line_frac", "not a number");
        assertTrue(t.judge("en", withNull).kept());
        assertTrue(t.judge(Doc.of("en", "x")).kept());
    }

    @Test
    void invalidRulesAndSpecsFailNamingWhatIsWrong() {
        assertMessage(() -> new Rule("Word Count", 1.0, null, "r"), "signal");
        assertMessage(() -> new Rule("word_count", 1.0, null, "Bad-Reason"), "reason");
        assertMessage(() -> new Rule("word_count", 5.0, 1.0, "gopher_word_count"), "min (5.0) must be <= max (1.0)");
        assertMessage(() -> new Rule("word_count", Double.NaN, null, "gopher_word_count"), "min must be a finite");
        assertMessage(() -> new Rule("word_count", null, Double.POSITIVE_INFINITY, "gopher_word_count"), "max must be a finite");
        assertMessage(() -> new Spec(null), "rules");
        assertMessage(() -> new Spec(Map.of("chinese language", List.of())), "chinese language");
        assertMessage(() -> new Spec(Map.of("zh", List.of(Rule.atLeast("a", 1, "r"), Rule.atMost("b", 1, "r")))),
                "rules.zh[1]: reason r appears twice");
        Map<String, List<Rule>> twice = new LinkedHashMap<>();
        twice.put("zh", List.of());
        twice.put("ZH", List.of());
        assertMessage(() -> new Spec(twice), "rules.ZH is given twice");
        QualityThresholds t = layered();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.requireKnownSignals(List.of("word_count", "mean_word_chars")));
        assertTrue(e.getMessage().contains("rules.default c4_lorem_ipsum: signal has_lorem_ipsum"), e.getMessage());
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable construct, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    private static QualityThresholds reference() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new QualityThresholds(yaml.readValue(REFERENCE.toFile(), Spec.class));
    }

    @Test
    void referenceYamlParsesWithJacksonAndReadsOnlyKnownColumns() throws IOException {
        QualityThresholds t = reference();
        List<SignalOperator> operators = QualityOperators.defaults();
        t.requireKnownSignals(QualityOperators.columns(operators).stream().map(SignalColumn::name).toList());
        // the FineWeb-2 cmn_Hani values the issue quotes
        Rule dupLine = t.rulesFor("zh-Hans").stream().filter(r -> r.reason().equals("gopher_dup_line_frac")).findFirst().orElseThrow();
        assertEquals(0.287, dupLine.max());
        Rule punct = t.rulesFor("zh-Hant").stream().filter(r -> r.reason().equals("fineweb_line_punct")).findFirst().orElseThrow();
        assertEquals(0.106, punct.min());
        Rule wordLength = t.rulesFor("yue").stream().filter(r -> r.reason().equals("gopher_mean_word_chars")).findFirst().orElseThrow();
        assertEquals(3.0, wordLength.min(), "yue is not zh: it gets the default unless the config says otherwise");
        assertTrue(t.rulesFor("ja").stream().noneMatch(r -> r.reason().equals("cjk_han_share")));
        assertTrue(t.rulesFor("zh").stream().noneMatch(r -> r.reason().equals("fineweb_short_lines")));
    }

    /** The reference thresholds on the extraction fixtures (clean article text) and on made-up spam. */
    @Test
    void referenceThresholdsOnCleanTextAndSpam() throws IOException {
        QualityThresholds t = reference();
        List<SignalOperator> operators = QualityOperators.defaults();
        Map<String, String> pages = new LinkedHashMap<>();
        for (String lang : List.of("zh-Hans", "zh-Hant", "ja", "ko", "en")) {
            StringBuilder sb = new StringBuilder();
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/extraction/pages", lang))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".expected.txt")).sorted().toList()) {
                    sb.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n\n");
                }
            }
            pages.put(lang, sb.toString());
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Doc doc = withSignals(operators, Doc.of(page.getKey(), page.getValue()));
            assertEquals(List.of(), t.failures(page.getKey(), doc.signals()), page.getKey() + " fixture text is clean");
        }
        String spam = "限时抢购！全场五折！\n".repeat(30) + "点击注册，立即领取优惠券。\n".repeat(10);
        Doc spamDoc = withSignals(operators, Doc.of("zh-Hans", spam));
        assertEquals("gopher_stop_words", ((Verdict.Drop) t.judge(spamDoc)).reason(), "first failing rule wins");
        List<String> spamReasons = t.failures("zh-Hans", spamDoc.signals()).stream().map(Verdict.Drop::reason).toList();
        assertTrue(spamReasons.containsAll(List.of("gopher_dup_line_frac", "gopher_top_2gram", "cjk_dup_13char_ngram")),
                spamReasons.toString());
        String shell = "首页 | 新闻 | 关于我们\n登录 | 注册\n版权所有 © 2024 某某网络科技有限公司\n京ICP备12345678号\n"
                + pages.get("zh-Hans").substring(0, 120).replace('\n', ' ');
        Verdict shellVerdict = t.judge(withSignals(operators, Doc.of("zh-Hans", shell)));
        assertTrue(!shellVerdict.kept(), shellVerdict.toString());
        String englishWordsInChinese = "我们 的 的 的 的";
        assertTrue(!t.judge(withSignals(operators, Doc.of("zh-Hans", englishWordsInChinese))).kept());
    }

    static Doc withSignals(List<SignalOperator> operators, Doc doc) {
        Map<String, Object> signals = new HashMap<>();
        for (SignalOperator op : operators) {
            Object[] values = op.compute(doc);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    signals.put(op.columns().get(i).name(), values[i]);
                }
            }
        }
        return new Doc(doc.id(), doc.source(), doc.lang(), doc.contentType(), doc.text(), signals);
    }
}
