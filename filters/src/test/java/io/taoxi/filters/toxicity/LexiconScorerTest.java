package io.taoxi.filters.toxicity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.core.Doc;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract and behaviour of {@link LexiconScorer} through its public API. */
class LexiconScorerTest {
    private static final LexiconScorer SCORER = new LexiconScorer(LexiconScorer.Spec.defaults());

    @Test
    void columnsAndValuesOnAToxicForumReply() {
        assertEquals(List.of("toxicity_score", "toxicity_line_share", "toxicity_hits", "toxicity_top_category"),
                SCORER.columns().stream().map(c -> c.name()).toList());
        String text = "楼主你就是个傻逼\n今天天气不错\n\n我们去公园吧";
        Object[] values = SCORER.compute(Doc.of("zh-Hans", text));
        int chars = text.codePointCount(0, text.length());
        assertEquals(3.0 * 1000 / chars, (double) values[0], 1e-9);
        assertEquals(1.0 / 3, (double) values[1], 1e-9);
        assertEquals(1L, values[2]);
        assertEquals("hate_insult", values[3]);
    }

    @Test
    void cleanAndEmptyTextGiveZeros() {
        assertArrayEquals(new Object[] {0.0, 0.0, 0L, ""}, SCORER.compute(Doc.of("zh-Hans", "")));
        assertArrayEquals(new Object[] {0.0, 0.0, 0L, ""}, SCORER.compute(Doc.of("en", "A quiet walk in the park.")));
    }

    @Test
    void topCategoryIsTheLargestWeightSum() {
        Object[] values = SCORER.compute(Doc.of("zh-Hans", "笨蛋。网上赌场，百家乐"));
        assertEquals("gambling_spam", values[3]);
        assertEquals(3L, values[2]);
    }

    @Test
    void traditionalTextMatchesSimplifiedTermsAndUnknownLanguageUsesEveryList() {
        assertEquals(1, SCORER.hits(Doc.of("zh-Hant", "你真是個廢物")).size());
        assertEquals(List.of("バカ", "idiot", "시발"),
                SCORER.hits(Doc.of("", "バカ! idiot! 시발!")).stream().map(LexiconScorer.Hit::term).toList());
        // A language without its own list still gets the "any" list.
        assertEquals(List.of("fuck"), SCORER.hits(Doc.of("fr", "quel idiot, fuck")).stream()
                .map(LexiconScorer.Hit::term).toList());
    }

    @Test
    void hitOffsetsPointIntoTheOriginalText() {
        String text = "前面几句话。你这个沙 * 雕！";
        LexiconScorer.Hit hit = SCORER.hits(Doc.of("zh-Hans", text)).get(0);
        assertEquals("沙 * 雕", text.substring(hit.start(), hit.end()));
        assertEquals("沙 * 雕", hit.matched());
    }

    @Test
    void neverThrowsOnRandomTextAndIsDeterministic() {
        long seed = 20261130L;
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "傻逼沙雕操作尼玛县 *.\n\t\uD83D\uDE00\uD800\uDC00abcfuckバカンス시발점ﾊﾞ\uFF26\u200B";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            for (String lang : List.of("", "zh-Hans", "ja", "ko", "en")) {
                Object[] first = SCORER.compute(Doc.of(lang, text));
                assertArrayEquals(first, SCORER.compute(Doc.of(lang, text)), "seed " + seed + " text " + text);
                assertTrue((double) first[0] >= 0 && (double) first[1] <= 1.0, "seed " + seed);
            }
        }
    }

    @Test
    void hugeDocumentIsLinear() {
        String page = "今天我们讨论操作系统的调度算法，顺便骂一句傻逼。\n".repeat(40_000);
        long start = System.nanoTime();
        Object[] values = SCORER.compute(Doc.of("zh-Hans", page));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(40_000L, values[2]);
        assertEquals(1.0, (double) values[1], 1e-9);
        assertTrue(ms < 30_000, "1 M chars took " + ms + " ms");
    }

    @Test
    void invalidSpecAndListsFailWithTheirName(@TempDir Path dir) throws Exception {
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
                () -> new LexiconScorer.Spec(null, List.of("any"), 9));
        assertTrue(gap.getMessage().contains("max_gap_chars"));
        assertThrows(IllegalArgumentException.class,
                () -> new LexiconScorer(new LexiconScorer.Spec(null, List.of("missing"), 3)));
        Files.writeString(dir.resolve("xx.tsv"), "# ok\nterm\tnot-a-number\n");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ToxicityLexicon.load(dir));
        assertTrue(bad.getMessage().contains("xx.tsv:2"), bad.getMessage());
    }

    @Test
    void userFolderReplacesTheBundledLists(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("any.tsv"), "# one term per line is enough\nblorf\n");
        Files.writeString(dir.resolve("fr.tsv"), "connard\t2\thate_insult\tc0nnard\n");
        LexiconScorer custom = new LexiconScorer(new LexiconScorer.Spec(dir.toString(), List.of("any"), 3));
        assertEquals(List.of("blorf", "connard"), custom.hits(Doc.of("fr", "blorf, quel c0nnard"))
                .stream().map(LexiconScorer.Hit::term).toList());
        assertEquals("unspecified", custom.hits(Doc.of("fr", "blorf")).get(0).category());
        assertEquals(0, custom.hits(Doc.of("zh-Hans", "傻逼")).size());
    }

    @Test
    void bundledListsAreTheConfCopies() throws Exception {
        Path conf = Path.of("..", "conf", "lexicons", "toxicity");
        for (String name : ToxicityLexicon.BUNDLED_LISTS) {
            try (InputStream in = getClass().getResourceAsStream("/io/taoxi/filters/toxicity/" + name + ".tsv")) {
                assertEquals(Files.readString(conf.resolve(name + ".tsv"), StandardCharsets.UTF_8),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        name + ".tsv: conf/lexicons/toxicity and the bundled copy differ; copy conf over the resource");
            }
        }
        ToxicityLexicon fromConf = ToxicityLexicon.load(conf);
        assertEquals(ToxicityLexicon.bundled().lists().keySet().stream().sorted().toList(),
                fromConf.lists().keySet().stream().sorted().toList());
    }

    @Test
    void bundledCategoriesAreTheDocumentedOnes() {
        for (List<ToxicityLexicon.Entry> entries : ToxicityLexicon.bundled().lists().values()) {
            for (ToxicityLexicon.Entry e : entries) {
                assertTrue(e.allow() || ToxicityLexicon.CATEGORIES.contains(e.category()), e.origin());
            }
        }
    }
}
