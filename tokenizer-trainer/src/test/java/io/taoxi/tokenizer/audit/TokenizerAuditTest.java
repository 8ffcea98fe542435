package io.taoxi.tokenizer.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.tokenizer.audit.AuditTables.AuditResult;
import io.taoxi.tokenizer.audit.AuditTables.AuditText;
import io.taoxi.tokenizer.audit.AuditTables.CoverageRow;
import io.taoxi.tokenizer.audit.AuditTables.EfficiencyRow;
import io.taoxi.tokenizer.audit.AuditTables.ParityRow;
import io.taoxi.tokenizer.audit.AuditTables.VocabRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metrics on a tiny hand-made SentencePiece-style tokenizer, where every number can be worked out by hand. */
class TokenizerAuditTest {
    /**
     * Vocabulary: {@code <unk>}=0, the 256 byte tokens 1..256, ▁=257, a, b, ab, ▁ab, 中, 国, 中国 = 258..264;
     * merges {@code a b}, {@code ▁ ab}, {@code 中 国}; normalizer Prepend(▁) + Replace(" " → ▁) (Llama 2 style).
     */
    static AnyTokenizer tiny() {
        StringBuilder v = new StringBuilder("{\"<unk>\":0");
        for (int b = 0; b < 256; b++) {
            v.append(",\"").append(String.format("<0x%02X>", b)).append("\":").append(b + 1);
        }
        String[] extra = {"\u2581", "a", "b", "ab", "\u2581ab", "中", "国", "中国"};
        for (int i = 0; i < extra.length; i++) {
            v.append(",\"").append(extra[i]).append("\":").append(257 + i);
        }
        v.append('}');
        String json = "{\"added_tokens\":[{\"id\":0,\"content\":\"<unk>\",\"special\":true,\"normalized\":false}],"
                + "\"normalizer\":{\"type\":\"Sequence\",\"normalizers\":[{\"type\":\"Prepend\",\"prepend\":\"\u2581\"},"
                + "{\"type\":\"Replace\",\"pattern\":{\"String\":\" \"},\"content\":\"\u2581\"}]},\"pre_tokenizer\":null,"
                + "\"decoder\":{\"type\":\"Sequence\",\"decoders\":[{\"type\":\"Replace\",\"pattern\":{\"String\":\"\u2581\"},"
                + "\"content\":\" \"},{\"type\":\"ByteFallback\"},{\"type\":\"Fuse\"},{\"type\":\"Strip\",\"content\":\" \","
                + "\"start\":1,\"stop\":0}]},"
                + "\"model\":{\"type\":\"BPE\",\"byte_fallback\":true,\"fuse_unk\":true,\"unk_token\":\"<unk>\",\"vocab\":" + v
                + ",\"merges\":[\"a b\",\"\u2581 ab\",\"中 国\"]}}";
        return AnyTokenizer.fromJson(json, "tiny");
    }

    @Test
    void tinyTokenizerEncodesAsWorkedOut() {
        AnyTokenizer t = tiny();
        assertEquals("sentencepiece", t.kind());
        assertArrayEquals(new int[] {261, 261}, t.encode("ab ab")); // ▁ a b ▁ a b → ▁ ab ▁ ab → ▁ab ▁ab
        assertArrayEquals(new int[] {257, 264, 0xE4 + 1, 0xBA + 1, 0xBA + 1}, t.encode("中国人")); // 人 = E4 BA BA
        assertEquals("中国人", t.decode(t.encode("中国人")));
        assertEquals(1, t.tokensForCharacter('中'));
        assertEquals(3, t.tokensForCharacter('人'));
        assertEquals(4, t.tokensForCharacter(0x20000));
    }

    @Test
    void efficiencyRowsAreTheHandCounts() {
        AuditResult r = TokenizerAudit.run(Map.of("tiny", tiny()), Map.of(),
                List.of(new AuditText("en", "ab ab"), new AuditText("zh-Hans", "中国人")), List.of(),
                WordCounter.icu(), new TokenizerAudit.Spec(0, 1, 0.95, false, 10));
        EfficiencyRow en = row(r, "en", "all");
        assertEquals(5, en.bytes());
        assertEquals(5, en.chars());
        assertEquals(2, en.tokens());
        assertEquals(2, en.words());
        assertEquals(2.5, en.bytesPerToken(), 1e-12);
        assertEquals(2.5, en.charsPerToken(), 1e-12);
        assertEquals(400.0, en.tokensPer1000Chars(), 1e-12);
        assertEquals(1.0, en.fertility(), 1e-12);
        EfficiencyRow latin = row(r, "en", "Latin");
        assertEquals(2, latin.tokens());
        assertEquals(5, latin.chars()); // the space follows the preceding "ab"
        EfficiencyRow zh = row(r, "zh-Hans", "Han-simplified");
        assertEquals(9, zh.bytes());
        assertEquals(3, zh.chars());
        assertEquals(5, zh.tokens()); // ▁ (leads the Han run) + 中国 + three byte tokens of 人
        assertEquals(1.8, zh.bytesPerToken(), 1e-12);
        assertEquals(5, row(r, "zh-Hans", "all").tokens());
    }

    @Test
    void parityIsARatioOfSumsWithAnInterval() {
        TokenizerAudit.ParallelSet set = new TokenizerAudit.ParallelSet("t", new LinkedHashMap<>(Map.of(
                "en", List.of("ab", "ab ab"), "zh-Hans", List.of("中国人", "中国"))));
        AuditResult r = TokenizerAudit.run(Map.of("tiny", tiny()), Map.of(), List.of(), List.of(set), WordCounter.icu(),
                new TokenizerAudit.Spec(500, 7, 0.95, false, 10));
        ParityRow zh = r.parity().stream().filter(p -> p.lang().equals("zh-Hans")).findFirst().orElseThrow();
        assertEquals(7, zh.tokens()); // 5 + (▁, 中国)
        assertEquals(3, zh.englishTokens()); // ▁ab + ▁ab ▁ab
        assertEquals(7.0 / 3, zh.parity(), 1e-12);
        // Resamples: {1,1} → 5/1, {2,2} → 2/2, mixed → 7/3; the interval lies within [1, 5].
        assertTrue(zh.ciLow() >= 1.0 - 1e-12 && zh.ciLow() <= zh.parity() && zh.ciHigh() >= zh.parity() && zh.ciHigh() <= 5.0 + 1e-12, zh.toString());
        ParityRow en = r.parity().stream().filter(p -> p.lang().equals("en")).findFirst().orElseThrow();
        assertEquals(1.0, en.parity(), 1e-12);
        assertEquals(1.0, en.ciLow(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new TokenizerAudit.ParallelSet("bad",
                Map.of("en", List.of("a"), "ja", List.of("a", "b"))));
    }

    @Test
    void bootstrapOfAConstantRatioIsThatRatio() {
        assertArrayEquals(new double[] {2.0, 2.0, 2.0},
                Bootstrap.ratioOfSums(new long[] {2, 4}, new long[] {1, 2}, 1000, 1, 0.95), 1e-12);
        double[] a = Bootstrap.ratioOfSums(new long[] {1, 9, 3, 7}, new long[] {2, 2, 2, 2}, 2000, 42, 0.9);
        double[] b = Bootstrap.ratioOfSums(new long[] {1, 9, 3, 7}, new long[] {2, 2, 2, 2}, 2000, 42, 0.9);
        assertArrayEquals(a, b, "seeded: reruns give the same interval");
        assertEquals(2.5, a[0], 1e-12);
        assertTrue(a[1] < 2.5 && a[2] > 2.5);
        assertEquals(2.0, Bootstrap.quantile(new double[] {1, 2, 3}, 0.5), 1e-12);
    }

    @Test
    void vocabularyAnatomyCountsByHand() {
        Map<String, Long> c = new LinkedHashMap<>();
        for (VocabRow row : VocabularyAnatomy.of("tiny", tiny())) {
            c.put(row.category(), row.entries());
            assertEquals(265, row.vocabSize());
        }
        assertEquals(1, c.get("added_or_special"));
        assertEquals(256, c.get("byte_fallback"));
        assertEquals(128, c.get("partial_utf8_fragment")); // <0x80>..<0xFF>
        assertEquals(7, c.get("partial_utf8_fragment_cjk_lead")); // <0xE3>..<0xE9>
        assertEquals(56, c.get("script:Latin")); // 52 ASCII letter bytes + a, b, ab, ▁ab
        assertEquals(3, c.get("script:Han"));
        assertEquals(77, c.get("script:common")); // 76 other ASCII bytes + ▁
        assertEquals(2, c.get("han_single_character"));
        assertEquals(1, c.get("han_multi_character"));
        assertEquals(2, c.get("latin_multi_letter"));
        long partition = c.entrySet().stream().filter(e -> e.getKey().startsWith("script:")
                || e.getKey().equals("partial_utf8_fragment") || e.getKey().equals("added_or_special")
                || e.getKey().equals("unused_id")).mapToLong(Map.Entry::getValue).sum();
        assertEquals(265, partition, "every id is in exactly one partition row");
    }

    @Test
    void cjkCoverageByHand() {
        List<CoverageRow> rows = CjkCoverage.of("tiny", tiny(), Map.of((int) '中', 10L, (int) '人', 5L, 0x20000, 1L));
        CoverageRow basic = rows.get(0);
        assertTrue(basic.characters() >= 20_992, basic.toString());
        assertEquals(2, basic.singleToken());
        assertEquals(basic.characters() - 2, basic.threeTokens());
        assertEquals(15, basic.corpusOccurrences());
        assertEquals(10, basic.corpusSingleTokenOccurrences());
        assertEquals(2.0 / 3, basic.corpusSingleTokenShare(), 1e-12);
        CoverageRow extB = rows.get(2);
        assertEquals(extB.characters(), extB.fourOrMoreTokens());
        assertEquals(1, extB.corpusOccurrences());
    }

    @Test
    void scriptsAreAttributedToTheRunAround() {
        int[] cps = "你好, world!".codePoints().toArray();
        Script[] s = ScriptRuns.attribute(cps, false);
        List<Script> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // 你 好 , and the space
            expected.add(Script.HAN);
        }
        for (int i = 0; i < 6; i++) { // world!
            expected.add(Script.LATIN);
        }
        assertEquals(expected, List.of(s));
        assertEquals(Script.COMMON, ScriptRuns.attribute(new int[] {'1', '2'}, false)[0]);
        assertEquals(Script.KANA, Script.of('ー'));
        assertEquals("Han-traditional", Script.label(Script.HAN, "zh-Hant"));
        assertEquals("Han-simplified", Script.label(Script.HAN, "zh"));
        assertEquals("Han-kanji", Script.label(Script.HAN, "ja"));
        assertEquals(Script.LATIN, ScriptRuns.firstScript("\u2581world"));
    }

    private static EfficiencyRow row(AuditResult r, String lang, String script) {
        return r.efficiency().stream().filter(e -> e.lang().equals(lang) && e.script().equals(script)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + lang + "/" + script + " in " + r.efficiency()));
    }
}
