package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Contract: never throws, deterministic, sane output shape; Spec validation and defaults. */
class MainTextExtractorContractTest {

    private static final long SEED = 20240716L;
    private final MainTextExtractor extractor = new MainTextExtractor(MainTextExtractor.Spec.defaults());

    private static String article(String body) {
        return "<html><head><title>Test page</title></head><body><nav><a href=/>Home</a> <a href=/n>News</a></nav>"
                + "<article>" + body + "</article><footer>© 2024 Example. All rights reserved.</footer></body></html>";
    }

    private Extraction extractTwiceAndCheck(String html) {
        Extraction first = extractor.extract(html, "https://example.test/");
        Extraction second = extractor.extract(html, null);
        assertEquals(first.text(), second.text(), "deterministic text");
        assertEquals(first.title(), second.title(), "deterministic title");
        assertShape(first);
        return first;
    }

    private static void assertShape(Extraction e) {
        String text = e.text();
        assertFalse(text.contains("\n\n"), "no blank lines");
        assertFalse(text.startsWith("\n") || text.endsWith("\n"), "no leading or trailing newline");
        assertFalse(text.contains("  "), "whitespace collapsed");
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        assertEquals(text.isEmpty() ? 0 : text.split("\n", -1).length, e.blocksKept(), "blocksKept = lines");
        assertTrue(e.blocksRemoved() >= 0);
    }

    @Test
    void emptyAndBlankInput() {
        for (String html : new String[] {"", " ", "\n\t", "<html></html>", "<!-- only a comment -->"}) {
            Extraction e = extractTwiceAndCheck(html);
            assertEquals("", e.text());
        }
        assertEquals("", extractor.extract(null, null).text());
        assertNull(extractor.extract("", null).title());
    }

    @Test
    void randomBytesAsStringNeverThrow() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            String html = new String(bytes, i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            try {
                extractTwiceAndCheck(html);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + SEED + " iteration " + i, e);
            }
        }
    }

    @Test
    void randomTagSoupNeverThrows() {
        Random random = new Random(SEED);
        String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<table>", "<tr>", "<td>", "</td>",
            "<br>", "<pre>", "</pre>", "<li>", "<ul>", "<h1>", "</h1>", "正文内容，很长的一句话。", "Text, more text.",
            "版权所有", "<script>x<", "&amp;", "&#xD800;", "<!--", "-->", "<nav class=menu>", "\uD83D\uDE00", "<", ">"};
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(200);
            for (int j = 0; j < n; j++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            try {
                extractTwiceAndCheck(sb.toString());
            } catch (AssertionError e) {
                throw new AssertionError("seed " + SEED + " iteration " + i, e);
            }
        }
    }

    @Test
    void deeplyNestedTenThousandLevels() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(10_000));
        sb.append("<p>深层嵌套的正文段落依然应该被抽取出来，而且不能抛出异常。</p>");
        sb.append("</div>".repeat(10_000));
        sb.append("<span>".repeat(10_000)).append("inline text, deep.").append("</span>".repeat(10_000));
        sb.append("</body></html>");
        Extraction e = extractTwiceAndCheck(sb.toString());
        assertTrue(e.text().contains("深层嵌套的正文段落"), e.text());
    }

    @Test
    void fiveMegabyteDocument() {
        StringBuilder sb = new StringBuilder("<html><head><title>Big page - Example</title></head><body><nav>");
        for (int i = 0; i < 200; i++) {
            sb.append("<a href=/").append(i).append(">link ").append(i).append("</a> ");
        }
        sb.append("</nav><article>");
        int paragraph = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("<p>第").append(paragraph++).append("段：这是一个很大的页面中的正文段落，用来检验抽取器在大输入上的表现。")
                    .append("It mixes scripts, too.</p>\n");
        }
        sb.append("</article></body></html>");
        long start = System.nanoTime();
        Extraction e = extractor.extract(sb.toString(), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertShape(e);
        assertTrue(e.blocksKept() >= paragraph, "kept " + e.blocksKept() + " of " + paragraph);
        assertEquals("Big page", e.title());
        System.out.println("5 MB page: " + millis + " ms (informational)");
        // One huge line without any markup.
        String oneLine = "长".repeat(2_500_000);
        assertShape(extractor.extract(oneLine, null));
    }

    @Test
    void surrogatePairsAndMixedScripts() {
        String body = "<h1>𠀀𠀁 Emoji 😀 标题</h1><p>Mixed 中文、日本語のテキスト、한국어 텍스트 and English, "
                + "with an astral Han 𠮷野家 and 🇨🇳 flags.</p><p>Lone surrogate \uD800 here, and text after it.</p>"
                + "<p>Combining: e\u0301 and 가 (decomposed \u1100\u1161) become NFC.</p>";
        Extraction e = extractTwiceAndCheck(article(body));
        assertTrue(e.text().contains("𠮷野家"), e.text());
        assertTrue(e.text().contains("😀"), e.text());
        assertTrue(e.text().contains("é"), "NFC composed: " + e.text());
        assertTrue(e.text().contains("가"), "Hangul composed: " + e.text());
        assertFalse(e.text().contains("Home"), "nav removed: " + e.text());
        assertFalse(e.text().contains("All rights reserved"), e.text());
    }

    @Test
    void basicStructure() {
        String html = "<html><head><title>标题 - 新浪新闻</title></head><body><div class=\"nav\">首页 新闻</div>"
                + "<article><h1>标题</h1><p>正文第一段，内容比较充实。</p><p>第一行<br>第二行，继续。</p>"
                + "<table><tr><th>型号</th><td>X1</td></tr></table><ul><li>内存：16GB</li></ul>"
                + "<p>分享到：微博</p><p>京ICP备12345678号</p></article></body></html>";
        Extraction e = extractTwiceAndCheck(html);
        assertEquals("标题", e.title());
        assertEquals("标题\n正文第一段，内容比较充实。\n第二行，继续。\n型号\tX1\n内存：16GB", e.text());
        MainTextExtractor noTables = new MainTextExtractor(new MainTextExtractor.Spec(20, 10, 0.5, false));
        assertFalse(noTables.extract(html, null).text().contains("型号"));
    }

    @Test
    void titleCleaning() {
        assertEquals("Storm hits coast", MainTextExtractor.cleanTitle("Storm hits coast | Example News", null, null));
        assertEquals("国产大模型开源", MainTextExtractor.cleanTitle("国产大模型开源_科技频道_新浪网", null, null));
        assertEquals("Python-教程", MainTextExtractor.cleanTitle("Python-教程", null, null));
        assertEquals("h1 text", MainTextExtractor.cleanTitle(null, null, "h1 text"));
        assertNull(MainTextExtractor.cleanTitle(null, null, null));
        assertNull(extractor.extract("<p>no title here, no heading either.</p>", null).title());
        assertEquals("Heading", extractor.extract("<h1>Heading</h1><p>Body text, long enough.</p>", null).title());
    }

    @Test
    void specValidationNamesFieldAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MainTextExtractor.Spec(-1, 10, 0.5, true));
        assertTrue(e.getMessage().contains("minBlockChars") && e.getMessage().contains("[0, 1000]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MainTextExtractor.Spec(20, 5000, 0.5, true));
        assertTrue(e.getMessage().contains("minCjkBlockChars"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MainTextExtractor.Spec(20, 10, 1.5, true));
        assertTrue(e.getMessage().contains("maxLinkDensity") && e.getMessage().contains("[0.0, 1.0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MainTextExtractor.Spec(20, 10, Double.NaN, true));
        assertThrows(IllegalArgumentException.class, () -> new MainTextExtractor(null));
    }

    @Test
    void specDefaults() {
        MainTextExtractor.Spec d = MainTextExtractor.Spec.defaults();
        assertEquals(new MainTextExtractor.Spec(20, 10, 0.5, true), d);
        assertEquals("main_text_v5", MainTextExtractor.NAME);
    }
}
