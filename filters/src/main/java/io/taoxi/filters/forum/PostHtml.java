package io.taoxi.filters.forum;

import io.taoxi.filters.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Operator (a pure transform, {@value #NAME}): the HTML body of a forum post (a Stack Exchange {@code Body})
 * as plain text. Unlike page extraction there is no boilerplate to remove: every element is content.
 *
 * <pre>
 *   &lt;p&gt;Use &lt;code&gt;mvn -q&lt;/code&gt;.&lt;/p&gt;              → Use mvn -q.
 *   &lt;pre&gt;&lt;code&gt;a = 1\n  b = 2&lt;/code&gt;&lt;/pre&gt;   → a = 1\n  b = 2   (whitespace kept, own paragraph)
 *   &lt;ul&gt;&lt;li&gt;一&lt;/li&gt;&lt;li&gt;二&lt;/li&gt;&lt;/ul&gt;         → - 一\n- 二
 *   &lt;ol&gt;&lt;li&gt;x&lt;/li&gt;&lt;li&gt;y&lt;/li&gt;&lt;/ol&gt;         → 1. x\n2. y
 *   &lt;blockquote&gt;&lt;p&gt;error: x&lt;/p&gt;&lt;/blockquote&gt;  → error: x   (as its own paragraph, no marker)
 *   &lt;img alt="diagram"&gt;                       → (nothing)
 * </pre>
 * Block elements end a line, paragraphs are separated by a blank line, {@code <pre>} keeps its whitespace,
 * inline whitespace collapses, and the result is NFC. Blockquotes carry no {@code >} marker: on Stack Exchange
 * they quote documentation or error output, not other posts, and must not be taken for reply quotes.
 *
 * <p>Known weaknesses: tables become one cell per line; images (and their alt text) are lost; MathJax source
 * ({@code $…$}) stays as written.
 */
public final class PostHtml {
    /** Versioned operator name; bump when any output can change. */
    public static final String NAME = "post_html_v1";

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "table", "hr", "dl", "figure");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "section", "article", "header",
            "footer", "caption", "details", "summary");
    private static final Set<String> SKIPPED = Set.of("script", "style", "img", "svg", "video", "audio", "iframe",
            "object", "embed", "noscript", "template");

    private PostHtml() {
    }

    /** The text of {@code html}; never null, never throws. */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        Builder b = new Builder();
        walk(body, b);
        return TextNormalizer.storedText(b.finish());
    }

    private static void walk(Node node, Builder b) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                b.inline(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName().toLowerCase(Locale.ROOT);
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                switch (tag) {
                    case "br" -> b.lineBreak();
                    case "pre" -> {
                        b.paragraph();
                        b.verbatim(e.wholeText());
                        b.paragraph();
                    }
                    case "li" -> {
                        b.line();
                        Element parent = e.parent();
                        if (parent != null && parent.normalName().equals("ol")) {
                            b.inline((e.elementSiblingIndex() + 1) + ". ");
                        } else {
                            b.inline("- ");
                        }
                        walk(e, b);
                        b.line();
                    }
                    case "td", "th" -> {
                        walk(e, b);
                        b.inline(" ");
                    }
                    default -> {
                        boolean paragraph = PARAGRAPHS.contains(tag);
                        boolean line = LINES.contains(tag);
                        if (paragraph) {
                            b.paragraph();
                        } else if (line) {
                            b.line();
                        }
                        walk(e, b);
                        if (paragraph) {
                            b.paragraph();
                        } else if (line) {
                            b.line();
                        }
                    }
                }
            }
        }
    }

    /** Accumulates lines; inline whitespace collapses, verbatim text does not. */
    private static final class Builder {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        void inline(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                        current.append(' ');
                    }
                } else {
                    current.append(c);
                }
            }
        }

        void verbatim(String text) {
            String t = text.replace("\r\n", "\n");
            while (t.startsWith("\n")) {
                t = t.substring(1);
            }
            for (String l : t.stripTrailing().split("\n", -1)) {
                lines.add(l.stripTrailing());
            }
        }

        void lineBreak() {
            lines.add(current.toString().strip());
            current.setLength(0);
        }

        void line() {
            if (current.length() > 0 && !current.toString().isBlank()) {
                lines.add(current.toString().strip());
            }
            current.setLength(0);
        }

        void paragraph() {
            line();
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                lines.add("");
            }
        }

        String finish() {
            line();
            return QuoteStripper.collapseBlankLines(lines.stream().map(String::stripTrailing).toList());
        }
    }
}
