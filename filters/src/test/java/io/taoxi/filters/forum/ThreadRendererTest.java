package io.taoxi.filters.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Thread rendering and post HTML: speaker turns, pseudonyms, limits. */
class ThreadRendererTest {
    private static final ThreadRenderer RENDERER = new ThreadRenderer(ThreadRenderer.Spec.defaults());

    @Test
    void speakersArePseudonymsAndRepliesPointBack() {
        ThreadRenderer.Rendered r = RENDERER.render("如何读取 GBK 文件？", List.of(
                new ThreadRenderer.Post("u1", -1, "我有一个 GBK 文件。"),
                new ThreadRenderer.Post("u2", 0, "用 encoding 选项。"),
                new ThreadRenderer.Post(null, 1, "谢谢。"),
                new ThreadRenderer.Post("u1", 1, "解决了。"),
                new ThreadRenderer.Post("u3", 0, "")));
        assertEquals("如何读取 GBK 文件？\n\n— #1:\n我有一个 GBK 文件。\n\n— #2:\n用 encoding 选项。\n\n"
                + "— #3 → #2:\n谢谢。\n\n— #1 → #2:\n解决了。", r.text());
        assertEquals(4, r.posts());
        assertFalse(r.text().contains("u1"));
    }

    @Test
    void limitsOmitWholePosts() {
        ThreadRenderer small = new ThreadRenderer(new ThreadRenderer.Spec(2, 100));
        ThreadRenderer.Rendered r = small.render(null, List.of(
                new ThreadRenderer.Post("a", -1, "x".repeat(150)),
                new ThreadRenderer.Post("b", 0, "y"),
                new ThreadRenderer.Post("c", 0, "z")));
        assertEquals(1, r.posts());
        assertEquals(2, r.omitted());
        assertTrue(r.text().length() < 120);
        assertEquals("", RENDERER.render("title only", List.of()).text());
    }

    @Test
    void postHtmlKeepsCodeAndLists() {
        String html = "<p>Use <code>mvn -q</code> like this:</p>\n<pre><code>for i in 1 2; do\n    echo $i\ndone\n</code></pre>"
                + "<ul><li>一</li><li>二</li></ul><ol><li>x</li><li>y</li></ol>"
                + "<blockquote><p>error: 找不到符号</p></blockquote><p>a<br>b &amp; c<img alt=\"pic\" src=\"x.png\"></p>";
        assertEquals("Use mvn -q like this:\n\nfor i in 1 2; do\n    echo $i\ndone\n\n- 一\n- 二\n\n1. x\n2. y\n\n"
                + "error: 找不到符号\n\na\nb & c", PostHtml.toText(html));
        assertEquals("", PostHtml.toText(null));
        assertEquals("", PostHtml.toText("<img src=x>"));
    }
}
