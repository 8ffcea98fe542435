package io.taoxi.filters.html;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Operator {@value #NAME}: extracts the main text (article, post, thread, product description,
 * documentation body) from one HTML page. Pure: no I/O, clock or randomness; an instance is
 * immutable and may be shared between threads.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li><b>Parse</b> with jsoup (tree depth capped at {@value #MAX_TREE_DEPTH}; deeper nodes are
 *       flattened by the parser, so no step recurses on input depth).</li>
 *   <li><b>Title</b>: {@code <title>} with a trailing site name cut at a clear separator
 *       ({@code " - "}, {@code " | "}, {@code "_"}, {@code "｜"}, {@code " — "}...); when the title
 *       contains the text of an {@code h1}, that {@code h1} wins; with no title, the first {@code h1}.</li>
 *   <li><b>DOM cleaning</b>: always drop script, style, noscript, iframe, svg, media, form
 *       controls, ruby readings ({@code rt}/{@code rp}), footnote calls ({@code <sup>[1]</sup>}),
 *       inline captions after images, and hidden elements — except that an inline-hidden
 *       ({@code display:none}, {@code visibility:hidden}, {@code hidden}) container holding two or
 *       more prose paragraphs is content (WeChat {@code #js_content}, "展开全文" folds); drop nav, aside, page-level header/footer, forms, ARIA
 *       landmarks other than main/article, and elements whose class, id or aria-label signals
 *       chrome (nav, menu, share, comment, cookie, banner, breadcrumb, sidebar, related, footer,
 *       ad, recommend, 分享, 评论, 广告, 推荐...). These softer removals spare any element that is or
 *       encloses {@code article}, {@code main} or {@code [itemprop=articleBody]}, and any element
 *       holding at least 60% of the page text or half of its prose with low link density
 *       ({@code <div id="printPost1">} keeps its post). A hint such as comment/print/copyright/author
 *       also loses to a run of posts: several prose paragraphs of real length, a fifth of the
 *       page's prose (forum replies, Q&amp;A answers); same-shaped siblings of a kept run are kept.
 *       Profile cards (a small box with an image around a "Follow" button) are removed.</li>
 *   <li><b>Blocks</b>: the cleaned body is cut into blocks at block-element boundaries and
 *       {@code <br>}: headings, paragraphs, list items, code lines, and table rows (a row of two or
 *       more cells without block content becomes one line, cells joined by a tab).</li>
 *   <li><b>Block verdicts</b>: a block fails when it is boilerplate ({@link BoilerplateRules}),
 *       when its link density exceeds {@code maxLinkDensity}, when it is a short paragraph without
 *       sentence punctuation ({@code minBlockChars}, or {@code minCjkBlockChars} when Han, kana or
 *       Hangul make up at least half its letters), or when it is a table row and
 *       {@code keepTables} is false.</li>
 *   <li><b>Container scoring</b>: each passing block scores its non-link characters, plus 3 per
 *       punctuation mark (ASCII and CJK 。，、！？；： and full-width forms, which carry the sentence
 *       signal in unspaced scripts), plus 10 per punctuated paragraph; each failing block costs its
 *       characters and each passing block its link characters. Every block-level element scores
 *       the sum over its subtree, net of cost; the best net score wins, the deeper element on a
 *       tie. Because the score is additive, widening from one forum post to the whole thread pays
 *       off while widening to the page wrapper (menus, link lists) does not.</li>
 *   <li><b>Post streams</b>: when the winner (or a near ancestor) has same-shaped siblings that
 *       each hold prose and score positively, the range widens over all of them (every answer,
 *       every post of a thread). v5: in a flat header/body post template (5ch まとめ blogs), the
 *       boilerplate header lines cost nothing and short lines of the bodies pass.</li>
 *   <li><b>Output</b>: passing blocks inside the winner, in document order, whitespace collapsed,
 *       NFC; captions repeating an image's alt text and blocks under a boilerplate section
 *       heading are dropped. The headline — an {@code h1} the title contains, or else a heading,
 *       bold/font run or title-classed element matching the title (linked or not) — is put first
 *       when the output lacks it.</li>
 * </ol>
 *
 * <h2>Examples</h2>
 * <pre>
 *   &lt;nav&gt;首页 新闻&lt;/nav&gt;&lt;article&gt;&lt;h1&gt;标题&lt;/h1&gt;&lt;p&gt;正文第一段。&lt;/p&gt;&lt;p&gt;分享到：微博&lt;/p&gt;&lt;/article&gt;
 *       → "标题\n正文第一段。"
 *   &lt;table&gt;&lt;tr&gt;&lt;th&gt;型号&lt;/th&gt;&lt;td&gt;X1&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;  (keepTables)
 *       → "型号\tX1"
 *   &lt;p&gt;第一行&lt;br&gt;第二行，继续。&lt;/p&gt;  → "第一行\n第二行，继续。" (if 第一行 passes the length rule)
 * </pre>
 *
 * <h2>Known weaknesses</h2>
 * <ul>
 *   <li>Short unpunctuated paragraphs inside the article are dropped:
 *       {@code <p>价格：¥299</p>} → "" (put such facts in a list or table to keep them).</li>
 *   <li>Main content split across distant containers separated by link-heavy chrome keeps only
 *       the better half: {@code <div>intro</div><ul>(20 links)</ul><div>body</div>} → body.</li>
 *   <li>Comment threads that are not marked as comments (no class/id hint) and sit next to the
 *       article are kept as main content, since they look like prose.</li>
 *   <li>Figures, captions, images and {@code aside} pull quotes are always dropped.</li>
 *   <li>A hidden duplicate of the article (a second, script-toggled copy) is emitted twice.</li>
 *   <li>Key-value blocks named {@code basicInfo} are kept: the same class marks a Baidu Baike
 *       infobox (chrome) and a spot or product fact table (content).</li>
 *   <li>A site name at the start of the title is kept unless an {@code h1} matches:
 *       {@code "Example News | Storm hits coast"} → same string.</li>
 *   <li>Boilerplate rules only run on lines up to {@value #MAX_RULE_LINE_CODE_POINTS} code
 *       points; longer lines are treated as prose.</li>
 *   <li>Whitespace inside {@code <pre>} lines is collapsed; indentation of code is lost.</li>
 *   <li>v4: text directly in a {@code div}/{@code td} is split at blank lines, also where source
 *       formatting (not pre-wrap text) put one inside a sentence: {@code <div>a\n\nb</div>} → "a", "b".</li>
 *   <li>v4: a form without entry fields wrapping a prose paragraph is content, also a form whose only
 *       field is a button-driven widget with a descriptive sentence.</li>
 *   <li>v4: a list of three or more consecutive integers is dropped as a line-number gutter, also a
 *       list that really is just the numbers.</li>
 *   <li>v5: a bare number of one to three digits on its own line (not a whole list item) is dropped as a
 *       step counter, also where it is a value: {@code <p>42</p>} → "".</li>
 *   <li>v5: in a header/body post template (three or more same-shaped boilerplate headers, each followed by
 *       a body), every short unlinked line of a body is kept, a one-word "+1" reply included.</li>
 *   <li>v5: a page footer is not spared by holding half the page's prose, only by holding 60% of its
 *       text: a site that puts its article in an element named {@code footer} loses it.</li>
 * </ul>
 *
 * <p>{@link #extract} never throws: on inputs that break the parser it returns an empty
 * {@link Extraction}.
 */
public final class MainTextExtractor {

    /** Versioned operator name; bump when any output can change. */
    public static final String NAME = "main_text_v5";

    static final int MAX_TREE_DEPTH = 512;

    // CSS queries parsed once (jsoup parses a query string, regexes included, on every select(String) call).
    // These evaluators hold no state between calls (no structural combinators), so they may be shared.
    private static final Evaluator RUBY_READINGS = QueryParser.parse("rt, rp");
    private static final Evaluator TITLE = QueryParser.parse("title");
    static final int MAX_RULE_LINE_CODE_POINTS = 300;
    static final int MAX_BOLD_HEADING_CODE_POINTS = 60;
    private static final double PROTECT_TEXT_SHARE = 0.6;
    private static final double PROTECT_MAX_LINK_DENSITY = 0.35;

    /**
     * Configuration. Units are in the names: characters are non-whitespace code points.
     *
     * @param minBlockChars a paragraph without sentence punctuation shorter than this is dropped
     *     (blocks where Han/kana/Hangul are under half the letters); 0..1000
     * @param minCjkBlockChars same for blocks where Han/kana/Hangul are at least half the letters;
     *     0..1000
     * @param maxLinkDensity blocks whose linked characters exceed this fraction are dropped; 0..1
     * @param keepTables whether data-table rows are emitted (cells tab-separated)
     */
    public record Spec(int minBlockChars, int minCjkBlockChars, double maxLinkDensity, boolean keepTables)
            implements java.io.Serializable {
        public Spec {
            if (minBlockChars < 0 || minBlockChars > 1000) {
                throw new IllegalArgumentException(
                        "minBlockChars must be in [0, 1000], got " + minBlockChars);
            }
            if (minCjkBlockChars < 0 || minCjkBlockChars > 1000) {
                throw new IllegalArgumentException(
                        "minCjkBlockChars must be in [0, 1000], got " + minCjkBlockChars);
            }
            if (!(maxLinkDensity >= 0.0 && maxLinkDensity <= 1.0)) {
                throw new IllegalArgumentException(
                        "maxLinkDensity must be in [0.0, 1.0], got " + maxLinkDensity);
            }
        }

        /** minBlockChars 20, minCjkBlockChars 10, maxLinkDensity 0.5, keepTables true. */
        public static Spec defaults() {
            return new Spec(20, 10, 0.5, true);
        }
    }

    private final Spec spec;
    private final BoilerplateRules rules;

    public MainTextExtractor(Spec spec) {
        this(spec, BoilerplateRules.defaults());
    }

    /** With custom boilerplate rules (for users who extend the TSV). */
    public MainTextExtractor(Spec spec, BoilerplateRules rules) {
        if (spec == null || rules == null) {
            throw new IllegalArgumentException("spec and rules must not be null");
        }
        this.spec = spec;
        this.rules = rules;
    }

    public Spec spec() {
        return spec;
    }

    /** Never throws on any input string (empty, malformed, huge); returns empty text when nothing is found. */
    public Extraction extract(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            return Extraction.empty(null);
        }
        try {
            return extractOrThrow(html, baseUrl == null ? "" : baseUrl);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on hostile input must not stop a job; the caller counts empty extractions.
            return Extraction.empty(null);
        }
    }

    private Extraction extractOrThrow(String html, String baseUrl) {
        Parser parser = Parser.htmlParser();
        parser.setMaxDepth(MAX_TREE_DEPTH);
        Document doc = Jsoup.parse(html, baseUrl, parser);
        Element body = doc.body();
        if (html.contains("<rt") || html.contains("<RT") || html.contains("<rp") || html.contains("<RP")) {
            // Ruby readings go before the headline is matched: 図書館(としょかん) → 図書館.
            body.select(RUBY_READINGS).remove();
        }
        String rawTitle = titleText(doc);
        List<Element> h1s = body.getElementsByTag("h1");
        Element headline = findHeadline(body, h1s, rawTitle);
        String headlineText = headline == null ? null : collapse(headline.text());
        String subtitleText = headline == null ? null : subtitleAfter(headline);
        String title = cleanTitle(rawTitle, headlineText, firstH1Text(h1s));

        Set<String> imageAlts = DomCleaner.clean(body);

        Segmenter segmenter = new Segmenter(spec.keepTables());
        body.filter(segmenter);
        segmenter.finishBody(body);
        List<Block> blocks = segmenter.blocks;
        if (blocks.isEmpty()) {
            return Extraction.empty(title);
        }
        int n = blocks.size();
        double[] prefixNet = new double[n + 1];
        int[] prefixPass = new int[n + 1];
        int[] prefixProse = new int[n + 1];
        boolean inBoilerplateSection = false;
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            // A caption repeating the alt text; v5: not a heading tag (下厨房's 鱼香茄子煲的做法 is both).
            block.pass = passes(block) && (block.headingTag || !imageAlts.contains(block.text));
            if (block.kind == Kind.HEADING) {
                // "Return policy", 售后保障...: the heading and everything up to the next heading.
                inBoilerplateSection = block.codePoints <= 40 && rules.opensBoilerplateSection(block.text);
            } else if (inBoilerplateSection) {
                block.pass = false;
                block.inBoilerplateSection = true;
            }
        }
        markPostTemplates(segmenter.candidates, blocks);
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            prefixNet[i + 1] = prefixNet[i] + blockNet(block);
            prefixPass[i + 1] = prefixPass[i] + (block.pass ? 1 : 0);
            boolean prose = block.pass && block.kind == Kind.PARAGRAPH && block.sentencePunct
                    && block.linkChars * 10 < block.chars;
            prefixProse[i + 1] = prefixProse[i] + (prose ? 1 : 0);
        }
        int bestStart = 0;
        int bestEnd = n;
        double bestNet = Double.NEGATIVE_INFINITY;
        Candidate best = null;
        java.util.Map<Element, Candidate> byElement = new java.util.IdentityHashMap<>();
        for (Candidate c : segmenter.candidates) {
            byElement.put(c.element(), c);
            if (c.end <= c.start || prefixPass[c.end] - prefixPass[c.start] == 0) {
                continue;
            }
            double net = prefixNet[c.end] - prefixNet[c.start];
            if (net > bestNet) {
                bestNet = net;
                bestStart = c.start;
                bestEnd = c.end;
                best = c;
            }
        }
        if (bestNet == Double.NEGATIVE_INFINITY) {
            return new Extraction(title, "", 0, n);
        }
        int[] widened = widenToPostStream(best, byElement, prefixNet, prefixPass, prefixProse);
        bestStart = Math.min(bestStart, widened[0]);
        bestEnd = Math.max(bestEnd, widened[1]);
        List<String> lines = new ArrayList<>();
        boolean hasH1 = false;
        for (int i = bestStart; i < bestEnd; i++) {
            Block block = blocks.get(i);
            if (block.pass) {
                lines.add(block.text);
                hasH1 |= block.h1;
            }
        }
        int fromBlocks = lines.size();
        boolean headlineIsH1 = headline != null && headline.normalName().equals("h1");
        if ((!hasH1 || !headlineIsH1) && headlineText != null && !headlineText.isEmpty()
                && !rules.isBoilerplate(headlineText) && !lines.contains(headlineText)) {
            lines.add(0, headlineText);
        }
        if (subtitleText != null && !lines.contains(subtitleText) && !rules.isBoilerplate(subtitleText)) {
            lines.add(lines.indexOf(headlineText) + 1, subtitleText); // index 0 when the headline is not emitted
        }
        String text = Normalizer.normalize(String.join("\n", lines), Normalizer.Form.NFC);
        return new Extraction(title, text, lines.size(), n - fromBlocks);
    }

    /** Fewest header/body pairs that make a post template. */
    static final int MIN_TEMPLATE_POSTS = 3;
    /** Most blocks in one post header. */
    private static final int MAX_TEMPLATE_HEADER_BLOCKS = 3;

    /**
     * v5: header/body post templates. Among the children of one element, at least
     * {@value #MIN_TEMPLATE_POSTS} elements of the same shape (tag and non-generated class names) whose
     * blocks all fail, at least one as boilerplate (a post header: {@code 1: 名無しさん 2025/02/01(土)
     * 17:42:11.08 ID:aB3kD9x0}, {@code by name » date}), each followed by a sibling of one tag that holds
     * the post, with at least half of those bodies holding a passing block: a 5ch まとめ thread or a
     * forum written as flat {@code div.header}/{@code div.body} pairs. The header blocks then cost nothing
     * (the thread's own metadata, not evidence against it; otherwise every header costs as much as its
     * post gains), and a short unpunctuated, unlinked line in a body passes ({@code 全部入れろ}, サンガツ:
     * one-line replies are posts). Boilerplate and link-heavy lines in bodies still fail.
     */
    private static void markPostTemplates(List<Candidate> candidates, List<Block> blocks) {
        java.util.Map<Element, java.util.Map<String, List<Candidate>>> headersByParent = null;
        for (Candidate c : candidates) {
            int size = c.end() - c.start();
            if (size <= 0 || size > MAX_TEMPLATE_HEADER_BLOCKS || c.element().className().isEmpty()) {
                continue;
            }
            boolean boilerplate = false;
            boolean allFail = true;
            for (int i = c.start(); i < c.end() && allFail; i++) {
                Block block = blocks.get(i);
                allFail = !block.pass;
                boilerplate |= block.boilerplate;
            }
            Element parent = c.element().parent();
            if (!allFail || !boilerplate || parent == null) {
                continue;
            }
            String shape = DomCleaner.shape(c.element());
            if (shape.indexOf('.') < 0) {
                continue; // only generated class names
            }
            if (headersByParent == null) {
                headersByParent = new java.util.IdentityHashMap<>();
            }
            headersByParent.computeIfAbsent(parent, k -> new java.util.HashMap<>())
                    .computeIfAbsent(shape, k -> new ArrayList<>()).add(c);
        }
        if (headersByParent == null) {
            return;
        }
        java.util.Map<Element, Candidate> byElement = null;
        for (java.util.Map<String, List<Candidate>> groups : headersByParent.values()) {
            for (java.util.Map.Entry<String, List<Candidate>> group : groups.entrySet()) {
                List<Candidate> headers = group.getValue();
                if (headers.size() < MIN_TEMPLATE_POSTS) {
                    continue;
                }
                if (byElement == null) {
                    byElement = new java.util.IdentityHashMap<>();
                    for (Candidate c : candidates) {
                        byElement.put(c.element(), c);
                    }
                }
                List<Candidate> bodies = new ArrayList<>();
                String bodyTag = null;
                int withPassing = 0;
                for (Candidate header : headers) {
                    Element next = header.element().nextElementSibling();
                    Candidate body = next == null ? null : byElement.get(next);
                    if (body == null || body.end() <= body.start() || group.getKey().equals(DomCleaner.shape(next))
                            || bodyTag != null && !bodyTag.equals(next.normalName())) {
                        bodies = null;
                        break;
                    }
                    bodyTag = next.normalName();
                    bodies.add(body);
                    for (int i = body.start(); i < body.end(); i++) {
                        if (blocks.get(i).pass) {
                            withPassing++;
                            break;
                        }
                    }
                }
                if (bodies == null || withPassing * 2 < headers.size()) {
                    continue;
                }
                for (Candidate header : headers) {
                    for (int i = header.start(); i < header.end(); i++) {
                        blocks.get(i).postHeader = true;
                    }
                }
                for (Candidate body : bodies) {
                    for (int i = body.start(); i < body.end(); i++) {
                        Block block = blocks.get(i);
                        if (!block.pass && block.onlyShort && block.linkChars == 0) {
                            block.pass = true;
                        }
                    }
                }
            }
        }
    }

    /** How far up from the winner to look for a run of same-shaped posts. */
    private static final int POST_STREAM_LEVELS = 3;

    /**
     * Post-stream detection: when the winner (or one of its {@value #POST_STREAM_LEVELS} nearest
     * ancestors) has siblings of the same shape (tag and non-generated class names) that each
     * score positively and hold a prose paragraph, the range widens to cover all of them — every answer of a Q&amp;A page and
     * every post of a thread, even when per-post header lines make the additive score prefer a
     * single post. Returns the widened {start, end} (the winner's own range when nothing applies).
     */
    private static int[] widenToPostStream(Candidate best, java.util.Map<Element, Candidate> byElement,
                                           double[] prefixNet, int[] prefixPass, int[] prefixProse) {
        int[] range = {best.start(), best.end()};
        Element element = best.element();
        for (int level = 0; level <= POST_STREAM_LEVELS && element != null; level++, element = element.parent()) {
            Element parent = element.parent();
            if (parent == null) {
                continue;
            }
            // v4: the dd elements of a dl are posts of one stream without any class name (2ch/5ch threads:
            // dt = post header, dd = body); their lines need not be punctuated ("豚の角煮一択").
            boolean definitionPosts = element.normalName().equals("dd") && parent.normalName().equals("dl");
            if (!definitionPosts && element.className().isEmpty()) {
                continue;
            }
            String shape = DomCleaner.shape(element);
            if (!definitionPosts && shape.indexOf('.') < 0) {
                continue; // only generated class names: no evidence of a repeated post template
            }
            int start = range[0];
            int end = range[1];
            int posts = 0;
            for (Element sibling : parent.children()) {
                Candidate c = byElement.get(sibling);
                if (c == null || c.end() <= c.start() || !sameTag(sibling, element)
                        || !(definitionPosts ? sibling.normalName().equals("dd") : shape.equals(DomCleaner.shape(sibling)))) {
                    continue;
                }
                boolean prose = definitionPosts ? prefixPass[c.end()] - prefixPass[c.start()] > 0
                        : prefixProse[c.end()] - prefixProse[c.start()] > 0;
                if (prose && prefixNet[c.end()] - prefixNet[c.start()] > 0) {
                    posts++;
                    start = Math.min(start, c.start());
                    end = Math.max(end, c.end());
                }
            }
            if (posts >= 2) {
                return new int[] {start, end};
            }
        }
        return range;
    }

    /**
     * False only when the two shapes cannot be equal: different tag names without dots (a shape is the tag
     * name, then dot-separated class names), which is cheaper to see than building the shape.
     */
    private static boolean sameTag(Element a, Element b) {
        String x = a.normalName();
        String y = b.normalName();
        return x.equals(y) || x.indexOf('.') >= 0 || y.indexOf('.') >= 0;
    }

    // ---------------------------------------------------------------- block verdicts and scores

    private boolean passes(Block block) {
        if (block.kind == Kind.ROW && !spec.keepTables()) {
            return false;
        }
        if (block.chars == 0 || !block.hasAlnum) {
            return false;
        }
        if (block.counter) {
            return false; // v5: a step counter on its own line (<dt class="step_number">1</dt>, <li><big>1</big><p>…)
        }
        // v5: an ingredient line (name + quantity) is content however short, and its name may link to the
        // ingredient's page, as long as part of it is unlinked.
        if ((double) block.linkChars / block.chars > spec.maxLinkDensity()
                && !(block.ingredient && block.linkChars < block.chars)) {
            return false;
        }
        if (block.codePoints <= MAX_RULE_LINE_CODE_POINTS && rules.isBoilerplate(block.text)) {
            block.boilerplate = true;
            return false;
        }
        if (block.kind == Kind.PARAGRAPH && !block.sentencePunct && !block.ingredient) {
            int min = block.cjkDominant ? spec.minCjkBlockChars() : spec.minBlockChars();
            block.onlyShort = block.chars < min;
            return !block.onlyShort;
        }
        return true;
    }

    /** One to three ASCII digits, optionally followed by {@code .} or {@code )}: a counter, not content. */
    static boolean isBareNumber(String text) {
        int length = text.length();
        if (length == 0 || length > 4) {
            return false;
        }
        int digits = 0;
        while (digits < length && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return false;
        }
        return digits == length || digits == length - 1 && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
    }

    private static double blockNet(Block block) {
        if (block.inBoilerplateSection || block.postHeader) {
            // References, 脚注, a return policy: part of the page's own container, neither content nor
            // evidence against the container (v3; a long reference list no longer narrows the winner).
            return 0;
        }
        if (!block.pass) {
            return -block.chars;
        }
        double gain = (block.chars - block.linkChars) + 3.0 * Math.min(block.punct, 50);
        if (block.kind == Kind.PARAGRAPH && block.sentencePunct) {
            gain += 10;
        }
        return gain - block.linkChars;
    }

    // ---------------------------------------------------------------- title

    private static String titleText(Document doc) {
        Element head = doc.head();
        Element titleElement = head == null ? null : head.selectFirst(TITLE);
        if (titleElement == null) {
            titleElement = doc.selectFirst(TITLE);
        }
        if (titleElement == null) {
            return null;
        }
        String t = collapse(titleElement.text());
        return t.isEmpty() ? null : t;
    }

    private static String firstH1Text(List<Element> h1s) {
        for (Element h1 : h1s) {
            String t = collapse(h1.text());
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    /**
     * The headline element. First choice: the first non-link {@code h1} whose text the title
     * contains (any non-link {@code h1} when there is no title). Otherwise the first heading,
     * bold/font run or element whose class names a title or subject ({@code post_subject},
     * {@code se-title-text}), linked or not, whose text matches the title with its site name
     * cut off: equal, or one containing the other with the shorter at least
     * {@value #HEADLINE_MIN_OVERLAP_PERCENT}% of the longer (after removing everything but letters and digits).
     */
    private static Element findHeadline(Element body, List<Element> h1s, String rawTitle) {
        Element siteH1 = null;
        String cutTitle = null;
        for (Element h1 : h1s) {
            String t = collapse(h1.text());
            if (t.isEmpty() || t.codePointCount(0, t.length()) > 300) {
                continue;
            }
            int linked = 0;
            for (Element a : h1.getElementsByTag("a")) {
                linked += nonSpaceCount(a.text());
            }
            if (linked * 2 > nonSpaceCount(t)) {
                continue;
            }
            if (rawTitle == null || squash(rawTitle).contains(squash(t))) {
                if (rawTitle != null && siteH1 == null && inPageBanner(h1, body)) {
                    // v5: the site's name in the page header, which the title holds only in the part cut off as
                    // the site name ("Topic - Forum - Site"): the headline is looked for below, this is the fallback.
                    if (cutTitle == null) {
                        cutTitle = squash(cleanTitle(rawTitle, null, null));
                    }
                    if (!cutTitle.contains(squash(t))) {
                        siteH1 = h1;
                        continue;
                    }
                }
                return h1;
            }
        }
        if (rawTitle == null) {
            return null;
        }
        String core = squash(cleanTitle(rawTitle, null, null));
        if (core.codePointCount(0, core.length()) < 4) {
            return null;
        }
        Element overlapping = null;
        for (Element candidate : body.select(HEADLINE_CANDIDATES)) {
            String t = squash(candidate.text());
            if (t.isEmpty() || t.length() > 4 * core.length()) {
                continue;
            }
            if (t.equals(core)) {
                // v4: an exact match beats an earlier overlapping one (old Reddit's <p class="title"> holds the
                // title link and "(self.sub)"; the link inside it is the headline).
                return candidate;
            }
            if (overlapping == null && (overlaps(core, t) || overlaps(t, core))) {
                overlapping = candidate;
            }
        }
        if (overlapping != null) {
            return overlapping;
        }
        Element similar = similarH1(h1s, core);
        if (similar != null && similar != siteH1) {
            return similar;
        }
        Element repeating = elementRepeatingTitle(body, core);
        return repeating != null ? repeating : siteH1;
    }

    /**
     * v5: the element sits in the page's banner: an ancestor with role {@code banner}, a {@code header} outside
     * {@code article}/{@code main}, or a class/id naming a masthead or a site/page/global header
     * ({@code #page-header}, {@code .site-header}, {@code .masthead}).
     */
    static boolean inPageBanner(Element element, Element body) {
        for (Element e = element.parent(); e != null && e != body; e = e.parent()) {
            if (e.attr("role").equalsIgnoreCase("banner")
                    || e.normalName().equals("header") && !DomCleaner.insideArticle(e)) {
                return true;
            }
            String signal = e.className() + ' ' + e.id();
            if (signal.isBlank()) {
                continue;
            }
            String previous = null;
            for (String raw : DomCleaner.signalTokens(signal)) {
                String token = raw.toLowerCase(Locale.ROOT);
                if (token.equals("masthead") || token.equals("header") && previous != null
                        && (previous.equals("site") || previous.equals("page") || previous.equals("global"))) {
                    return true;
                }
                previous = token;
            }
        }
        return false;
    }

    /**
     * v4, last resort: the first element whose text is one text node whose letters and digits equal the
     * title's with the site name cut (PTT shows the title only in a {@code <span class="article-meta-value">}). Linear
     * in the text nodes; texts shorter than the title are skipped without building anything.
     */
    private static Element elementRepeatingTitle(Element body, String core) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(body);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                if (whole.length() >= core.length() && whole.length() <= 4 * core.length() + 16
                        && squash(whole).equals(core)) {
                    Element parent = (Element) text.parent();
                    if (parent != null && !parent.normalName().equals("title") && squash(parent.text()).equals(core)) {
                        return parent;
                    }
                }
            } else if (node instanceof Element e) {
                for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                    pending.push(e.childNode(i));
                }
            }
        }
        return null;
    }

    /** Minimum character-bigram Dice similarity of an {@code h1} to the title for it to be the headline. */
    static final double HEADLINE_MIN_BIGRAM_DICE = 0.7;

    /**
     * v4: the first non-link {@code h1} whose letters and digits are close to the title's (character-bigram
     * Dice ≥ {@value #HEADLINE_MIN_BIGRAM_DICE}) — editors rewrite the {@code <title>} for search engines:
     * quotes dropped, 如何破解 shortened to 怎么破, a word swapped. Null when none is.
     */
    private static Element similarH1(List<Element> h1s, String core) {
        for (Element h1 : h1s) {
            String t = squash(h1.text());
            if (t.length() < 4 || t.length() > 4 * core.length() || core.length() > 4 * t.length()) {
                continue;
            }
            int linked = 0;
            for (Element a : h1.getElementsByTag("a")) {
                linked += nonSpaceCount(a.text());
            }
            if (linked * 2 > t.length()) {
                continue;
            }
            if (bigramDice(core, t) >= HEADLINE_MIN_BIGRAM_DICE) {
                return h1;
            }
        }
        return null;
    }

    /** Dice coefficient of the multisets of adjacent character pairs (UTF-16 units) of two strings. */
    static double bigramDice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1.0 : 0.0;
        }
        java.util.Map<Integer, Integer> pairs = new java.util.HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            pairs.merge((a.charAt(i) << 16) | a.charAt(i + 1), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer left = pairs.get((b.charAt(i) << 16) | b.charAt(i + 1));
            if (left != null && left > 0) {
                shared++;
                pairs.put((b.charAt(i) << 16) | b.charAt(i + 1), left - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }

    /** Longest subtitle (code points). */
    static final int MAX_SUBTITLE_CODE_POINTS = 200;

    /**
     * v4: the subtitle (deck) of the headline, or null: the element right after the headline whose
     * class or id names a subtitle ({@code subtitle}, {@code cover_sub_title}, {@code subTitle},
     * {@code subhead}, {@code dek}, {@code deck}, {@code standfirst}), with at most
     * {@value #MAX_SUBTITLE_CODE_POINTS} code points and mostly unlinked text. It is emitted after the
     * headline when the chosen container lacks it (brunch's cover block holds both outside the body).
     */
    private static String subtitleAfter(Element headline) {
        Element next = headline.nextElementSibling();
        if (next == null || !namesSubtitle(next.className() + ' ' + next.id())) {
            return null;
        }
        String text = collapse(next.text());
        int length = text.codePointCount(0, text.length());
        if (length < 4 || length > MAX_SUBTITLE_CODE_POINTS) {
            return null;
        }
        int linked = 0;
        for (Element a : next.getElementsByTag("a")) {
            linked += nonSpaceCount(a.text());
        }
        return linked * 2 > nonSpaceCount(text) ? null : text;
    }

    private static final Set<String> SUBTITLE_TOKENS = Set.of("subtitle", "subhead", "subheading", "subheadline",
            "dek", "deck", "standfirst");

    private static boolean namesSubtitle(String signal) {
        if (signal.isBlank()) {
            return false;
        }
        String previous = null;
        for (String raw : DomCleaner.signalTokens(signal)) {
            String token = raw.toLowerCase(Locale.ROOT);
            if (SUBTITLE_TOKENS.contains(token) || "sub".equals(previous) && (token.equals("title") || token.equals("head"))) {
                return true;
            }
            previous = token;
        }
        return false;
    }

    static final int HEADLINE_MIN_OVERLAP_PERCENT = 60;
    private static final Evaluator HEADLINE_CANDIDATES = QueryParser.parse("h1, h2, h3, h4, h5, h6, font, b, strong, "
            + "[class~=(?i)(title|subject|headline)], [id~=(?i)(title|subject|headline)]");

    /** {@code longer} contains {@code shorter}, and the shorter is a large part of the longer. */
    private static boolean overlaps(String longer, String shorter) {
        return longer.length() >= shorter.length() && longer.contains(shorter)
                && shorter.length() * 100 >= HEADLINE_MIN_OVERLAP_PERCENT * longer.length();
    }

    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            "\\s+[|\\-–—:»·/]\\s+|\\s*[｜|_＿]\\s*|\\s*(?:——|－|–)\\s*|\\s+::\\s+");

    static String cleanTitle(String rawTitle, String headlineText, String firstH1) {
        if (rawTitle == null) {
            return firstH1;
        }
        if (headlineText != null && !headlineText.isEmpty()) {
            return headlineText;
        }
        String title = rawTitle;
        for (int guard = 0; guard < 4; guard++) {
            var m = TITLE_SEPARATOR.matcher(title);
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                if (m.start() > 0) {
                    lastStart = m.start();
                    lastEnd = m.end();
                }
            }
            if (lastStart < 0) {
                break;
            }
            String prefix = title.substring(0, lastStart).strip();
            String suffix = title.substring(lastEnd).strip();
            int prefixLength = prefix.codePointCount(0, prefix.length());
            int suffixLength = suffix.codePointCount(0, suffix.length());
            if (suffixLength <= 30 && prefixLength >= 2 && prefixLength >= suffixLength / 2) {
                title = prefix;
            } else {
                break;
            }
        }
        return title.isEmpty() ? rawTitle : title;
    }

    private static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- DOM cleaning

    /** Removes chrome elements in one iterative pass (pre-order, removed subtrees skipped). */
    static final class DomCleaner {
        private static final Set<String> ALWAYS_REMOVE = Set.of(
                "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
                "template", "svg", "math", "canvas", "video", "audio", "picture", "img", "map", "button",
                "select", "option", "input", "textarea", "label", "dialog", "figure", "figcaption", "link",
                "meta", "head", "source", "track",
                // ruby annotations: base text only (図書館, not 図書館(としょかん))
                "rt", "rp");
        private static final Set<String> SOFT_REMOVE_TAGS = Set.of("nav", "aside", "form", "menu");
        private static final Set<String> CHROME_ROLES = Set.of(
                "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
                "dialog", "alertdialog", "toolbar", "tablist", "alert");
        private static final Set<String> CHROME_TOKENS = Set.of(
                "nav", "navbar", "navigation", "topnav", "subnav", "menu", "menus", "submenu", "menubar",
                "share", "shares", "sharing", "sharebar", "social", "comment", "comments", "commentlist",
                "cookie", "cookies", "consent", "gdpr", "banner", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
                "sidebar", "aside", "related", "footer", "foot", "ad", "ads", "advert", "adverts",
                "advertisement", "adsbygoogle", "adbox", "sponsor", "sponsored", "promo", "promotion",
                "recommend", "recommended", "recommendation", "recommendations", "popular", "hot",
                "hotlist", "hotnews", "trending", "rank", "ranking", "toplist", "login", "signup", "register",
                "subscribe", "subscription", "newsletter", "reviews", "popup", "modal", "toolbar", "pagination", "pager",
                "tags", "tagcloud", "author", "byline", "avatar", "userinfo", "usercard", "profile",
                "signature", "copyright", "disclaimer", "print", "rss", "qrcode", "qr", "follow",
                "masthead", "topbar", "widget", "widgets", "skip", "backtotop", "gotop", "totop",
                "daohang", "fenxiang", "pinglun", "guanggao", "tuijian", "remen", "xiangguan", "bianji",
                "caption", "captions", "imgcaption", "sign", "reply", "replies", "cmt", "cmnt", "discuss",
                // v3: encyclopedia chrome (MediaWiki, Baidu Baike, Namu) and captions
                "infobox", "toc", "toctitle", "catlinks", "reflist", "references", "reference",
                "footnote", "footnotes", "navbox", "ambox", "sitesub", "editsection", "noprint",
                "titleprefix", "imgdesc", "imgdescr", "side", "headerlink",
                // v4: contact boxes and page surveys of municipal CMS pages; post metadata lines
                "inquiry", "feedback", "metaline");
        /**
         * Tokens that name a role some content containers also carry ({@code CopyrightRichText},
         * {@code printPost}, a forum's {@code comment} list of replies): their elements are kept
         * when content evidence outweighs the hint (see {@code outweighedByContent}).
         */
        private static final Set<String> WEAK_TOKENS = Set.of(
                "comment", "comments", "commentlist", "reply", "replies", "cmt", "cmnt", "discuss", "pinglun", "print", "copyright",
                "author", "byline", "avatar", "userinfo", "usercard", "profile", "follow", "hot", "popular",
                "rank", "ranking", "tags", "widget", "widgets", "signature", "disclaimer", "bianji", "remen");
        /** A class name made of one of these followed by a {@link #CAPTION_TOKENS} word names a caption. */
        private static final Set<String> MEDIA_TOKENS = Set.of("img", "image", "photo", "pic", "picture", "fig", "figure");
        private static final Set<String> CAPTION_TOKENS = Set.of(
                "desc", "descr", "description", "caption", "cap", "txt", "text", "note", "credit", "source");
        private static final Set<String> WEAK_SUBSTRINGS = Set.of(
                "评论", "評論", "留言", "コメント", "댓글", "关注", "關注", "热门", "熱門", "版权", "版權");
        private static final List<String> CHROME_SUBSTRINGS = List.of(
                "breadcrumb", "sidebar", "advert", "sponsor", "newsletter", "cookie", "recommend",
                "分享", "评论", "評論", "留言", "广告", "廣告", "推荐", "推薦", "导航", "導航", "相关", "相關",
                "热门", "熱門", "版权", "版權", "关注", "關注", "シェア", "関連", "広告", "コメント", "공유",
                "관련", "댓글", "광고");
        private static final Pattern HIDDEN_STYLE = Pattern.compile(
                "(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
        private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
        private static final Evaluator LINKS_AND_BUTTONS = QueryParser.parse("a, button");
        private static final Evaluator CARD_BREAKERS = QueryParser.parse("h1, h2, h3, h4, h5, h6, article, main");
        private static final Evaluator CONTENT_CORES =
                QueryParser.parse("article, main, [itemprop=articleBody], [role=main]");
        private static final Evaluator CAPTION_BREAKERS =
                QueryParser.parse("b, strong, h1, h2, h3, h4, h5, h6, li, table");

        /** Why an element looks like chrome; only class/id hints can be outweighed by content. */
        enum Hint { NONE, TAG, ROLE, WIDGET_TOKEN, WEAK_TOKEN }

        /**
         * Removes chrome from {@code body}. Returns the alt texts of the page's images (captions
         * that repeat them are dropped later).
         */
        static Set<String> clean(Element body) {
            Set<String> imageAlts = new java.util.HashSet<>();
            // Forms with a field a visitor types into or picks from (comment, reply, search, login forms).
            Set<Element> entryForms = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Element> remove = new ArrayList<>();
            // Pass 1: what is never content (scripts, media, form controls, hidden elements) and
            // profile cards (a small box around a "Follow" button).
            body.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element element) || element == body) {
                        return FilterResult.CONTINUE;
                    }
                    String tag = element.normalName();
                    if (tag.equals("img")) {
                        String alt = collapse(element.attr("alt"));
                        if (alt.codePointCount(0, alt.length()) >= 4) {
                            imageAlts.add(alt);
                        }
                        Element caption = inlineCaptionAfter(element, body);
                        if (caption != null) {
                            captions.add(caption);
                        }
                    }
                    if (ENTRY_CONTROLS.contains(tag) && isEntryControl(element, tag)) {
                        Element form = enclosingForm(element, body);
                        if (form != null) {
                            entryForms.add(form);
                        }
                    }
                    if (ALWAYS_REMOVE.contains(tag) || isHidden(element) || isFootnoteMarker(element, tag)
                            || (tag.equals("ul") || tag.equals("ol")) && isLineNumberGutter(element)
                            || isSectionNumberLink(element, tag)) {
                        remove.add(element);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (!captions.isEmpty() && captions.contains(element)) {
                        remove.add(element);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }

                /** Inline captions found after images; an image precedes its caption in document order. */
                private final Set<Element> captions =
                        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            });
            List<Element> profileCards = profileCards(body);
            for (Element element : remove) {
                element.remove();
            }
            for (Element element : profileCards) {
                element.remove();
            }
            remove.clear();

            // Pass 2: soft chrome, weighed against the text it holds.
            TextStats stats = TextStats.of(body);
            long pageChars = Math.max(1, stats.chars(body));
            long pageProse = stats.proseChars(body);
            Set<Element> protectedSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            // Hints computed for the rescued shapes are reused by the removal pass (nothing changes in between).
            java.util.Map<Element, Hint> hints = new java.util.IdentityHashMap<>();
            Set<String> rescuedShapes = rescuedShapes(body, stats, pageChars, pageProse, hints, protectedSet);
            body.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element element) || element == body) {
                        return FilterResult.CONTINUE;
                    }
                    Hint known = hints.get(element);
                    Hint hint = known != null ? known : softChromeHint(element, element.normalName());
                    if (hint == Hint.TAG && !entryForms.contains(element) && element.normalName().equals("form")
                            && isProseWrapper(element, stats)) {
                        hint = Hint.NONE; // old Reddit's <form class="usertext"> around every post body (v4)
                    }
                    if (hint == Hint.NONE || protectedSet.contains(element)) {
                        return FilterResult.CONTINUE;
                    }
                    if (hint == Hint.WEAK_TOKEN && rescuedDepth > 0) {
                        // One reply inside a run of replies that was kept as a whole; v5: but not a post's
                        // metadata (profile fields, signature, author line), unless it holds content itself.
                        if (!BLOCK_TAGS.contains(element.normalName()) || !namesPostMetadata(element)
                                || outweighedByContent(element, hint, stats, pageChars, pageProse)) {
                            return FilterResult.CONTINUE;
                        }
                        remove.add(element);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    boolean parallel = hint == Hint.WEAK_TOKEN && stats.proseChars(element) > 0
                            && rescuedShapes.contains(shape(element));
                    if (!parallel && !outweighedByContent(element, hint, stats, pageChars, pageProse)) {
                        remove.add(element);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (hint == Hint.WEAK_TOKEN && (parallel || isPostRun(element, stats))) {
                        rescued.add(element);
                        rescuedDepth++;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element element && !rescued.isEmpty() && rescued.contains(element)) {
                        rescuedDepth--;
                    }
                    return FilterResult.CONTINUE;
                }

                private final Set<Element> rescued =
                        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                private int rescuedDepth;
            });
            for (Element element : remove) {
                element.remove();
            }
            return imageAlts;
        }

        /**
         * Content evidence that beats a chrome hint. Any hint loses to bulk: an element holding
         * 60% of the page text, or half of its prose, with low link
         * density is the main container whatever its name ({@code <div id="printPost1">}). A
         * class/id hint that is not a widget name ("comment", "print", "copyright", "author"...)
         * also loses to a run of posts: two or more prose paragraphs, at least a fifth of the
         * page's prose, that is at least half of the element's text, with few links, and
         * paragraphs not much shorter than the page's own — forum replies and Q&amp;A answers,
         * as opposed to a comment widget of one-line reactions under an article.
         */
        private static boolean outweighedByContent(Element element, Hint hint, TextStats stats, long pageChars,
                                                   long pageProse) {
            return isBulk(element, stats, pageChars, pageProse) || hint == Hint.WEAK_TOKEN && isPostRun(element, stats);
        }

        /** Weak tokens that name the metadata of one post rather than a post or a run of posts (v5). */
        private static final Set<String> POST_METADATA_TOKENS = Set.of(
                "author", "byline", "avatar", "userinfo", "usercard", "profile", "signature");

        /**
         * v5: the class/id names a post's metadata ({@code profile-rank}, {@code signature}, {@code author}):
         * inside a kept run of posts such an element is still chrome (phpBB's {@code dd.profile-joined},
         * {@code div.signature}).
         */
        static boolean namesPostMetadata(Element element) {
            String signal = element.className() + ' ' + element.id();
            if (signal.isBlank()) {
                return false;
            }
            for (String raw : signalTokens(signal)) {
                if (POST_METADATA_TOKENS.contains(raw.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * v5: a page footer ({@code footer} tag, role {@code contentinfo}, class/id token {@code footer} or
         * {@code foot}). A footer is spared only by the text share, not by the prose share of the bulk rule:
         * where the content is unpunctuated (BBS posts, lists), a footer's copyright and disclaimer sentences
         * can be half the page's prose.
         */
        static boolean namesFooter(Element element) {
            if (element.normalName().equals("footer") || element.attr("role").equalsIgnoreCase("contentinfo")) {
                return true;
            }
            String signal = element.className() + ' ' + element.id();
            if (signal.isBlank()) {
                return false;
            }
            for (String raw : signalTokens(signal)) {
                if (raw.equalsIgnoreCase("footer") || raw.equalsIgnoreCase("foot")) {
                    return true;
                }
            }
            return false;
        }

        /** Form controls a visitor fills in; a hidden input or a bare submit button is not one. */
        private static final Set<String> ENTRY_CONTROLS = Set.of("input", "textarea", "select");
        private static final Set<String> NON_ENTRY_INPUT_TYPES = Set.of("hidden", "submit", "button", "image", "reset");

        private static boolean isEntryControl(Element element, String tag) {
            return !tag.equals("input")
                    || !NON_ENTRY_INPUT_TYPES.contains(element.attr("type").strip().toLowerCase(Locale.ROOT));
        }

        private static Element enclosingForm(Element element, Element body) {
            for (Element e = element.parent(); e != null && e != body; e = e.parent()) {
                if (e.normalName().equals("form")) {
                    return e;
                }
            }
            return null;
        }

        /**
         * A form without entry fields that wraps prose (v4): at least one prose paragraph, prose at least
         * half of its text, links at most 15% of it — old Reddit renders every post and comment body as
         * {@code <form class="usertext"><div class="md"><p>…}. Comment, reply, search and login forms
         * have a text field, text area or select and stay soft chrome (unless they hold the page's bulk).
         */
        private static boolean isProseWrapper(Element form, TextStats stats) {
            long chars = stats.chars(form);
            return chars > 0 && stats.proseSegments(form) >= 1 && stats.proseChars(form) * 2 >= chars
                    && stats.linkChars(form) * 100 <= 15 * chars;
        }

        private static boolean isBulk(Element element, TextStats stats, long pageChars, long pageProse) {
            long chars = stats.chars(element);
            if (chars == 0 || (double) stats.linkChars(element) / chars >= PROTECT_MAX_LINK_DENSITY) {
                return false;
            }
            long prose = stats.proseChars(element);
            return chars >= PROTECT_TEXT_SHARE * pageChars
                    || pageProse > 0 && prose * 2 >= pageProse && !namesFooter(element); // v5: not a footer
        }

        /** Minimum mean length of the prose paragraphs of a run of posts (non-whitespace characters). */
        private static final int MIN_POST_PARAGRAPH_CHARS = 25;

        private static boolean isPostRun(Element element, TextStats stats) {
            long chars = stats.chars(element);
            long pageProse = stats.proseChars(stats.root);
            if (chars == 0 || pageProse == 0 || stats.linkChars(element) > 0.2 * chars) {
                return false;
            }
            long prose = stats.proseChars(element);
            long segments = stats.proseSegments(element);
            if (segments < 2 || prose * 5 < pageProse || prose * 2 < chars) {
                return false;
            }
            double meanHere = (double) prose / segments;
            double meanPage = (double) pageProse / Math.max(1, stats.pageProseSegments());
            return meanHere >= MIN_POST_PARAGRAPH_CHARS && meanHere * 2 >= meanPage;
        }

        /**
         * Shapes (see {@link #shape}) of weakly hinted elements that content evidence keeps. A
         * sibling answer or reply of the same shape is kept too, however short: the second answer
         * of a Q&amp;A page is as much content as the first.
         */
        private static Set<String> rescuedShapes(Element body, TextStats stats, long pageChars, long pageProse,
                                                 java.util.Map<Element, Hint> hints, Set<Element> protectedSet) {
            Set<String> shapes = new java.util.HashSet<>();
            for (Element element : body.getAllElements()) {
                if (CONTENT_CORES.matches(body, element)) {
                    protect(element, body, protectedSet);
                }
                if (element == body || element.className().isEmpty()) {
                    continue;
                }
                Hint hint = softChromeHint(element, element.normalName());
                hints.put(element, hint);
                if (hint == Hint.WEAK_TOKEN && isPostRun(element, stats)) {
                    shapes.add(shape(element));
                }
            }
            return shapes;
        }

        private static final Pattern HASHED_CLASS = Pattern.compile("(?:css|sc|jsx|emotion)-[a-z0-9]+|.*\\d.*");

        /** Tag plus its class names, without generated ones ({@code css-1x9k2a}, names with digits). */
        static String shape(Element element) {
            StringBuilder sb = new StringBuilder(element.normalName());
            for (String name : new java.util.TreeSet<>(element.classNames())) {
                if (!HASHED_CLASS.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                    sb.append('.').append(name);
                }
            }
            return sb.toString();
        }

        private static int proseTextNodes(Element element) {
            int n = 0;
            for (TextNode text : element.textNodes()) {
                n += nonSpaceCount(text.getWholeText()) >= 8 && hasSentencePunctuation(text.getWholeText()) ? 1 : 0;
            }
            for (Element child : element.getAllElements()) {
                if (child != element) {
                    for (TextNode text : child.textNodes()) {
                        n += nonSpaceCount(text.getWholeText()) >= 8 && hasSentencePunctuation(text.getWholeText()) ? 1 : 0;
                    }
                }
            }
            return n;
        }

        /**
         * Whether the text under {@code element} has a character that every {@link #FOLLOW_WORDS} entry has
         * one of (f, F, 关, 關, 追, フ, 팔, 이, 구): without one, its collapsed lower-case text cannot be a
         * follow word, and building that text (for most links of a page) is skipped.
         */
        private static boolean mayNameFollow(Element element) {
            Deque<Node> pending = new ArrayDeque<>();
            pending.push(element);
            while (!pending.isEmpty()) {
                Node node = pending.pop();
                if (node instanceof TextNode text) {
                    String s = text.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (FOLLOW_CHARS.indexOf(s.charAt(i)) >= 0) {
                            return true;
                        }
                    }
                } else if (node instanceof Element e) {
                    for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                        pending.push(e.childNode(i));
                    }
                }
            }
            return false;
        }

        private static final String FOLLOW_CHARS = "fF关關追フ팔이구";

        private static final Set<String> FOLLOW_WORDS = Set.of(
                "follow", "+ follow", "+follow", "关注", "+关注", "+ 关注", "關注", "追蹤", "フォロー", "フォローする",
                "팔로우", "이웃추가", "구독");

        /**
         * Profile cards: the largest ancestor of a "Follow" link or button that still holds at most
         * 200 characters, at most one prose paragraph and no heading, provided it shows an image
         * (avatar, name, one-line bio, follow button).
         */
        private static List<Element> profileCards(Element body) {
            List<Element> cards = new ArrayList<>();
            for (Element button : body.select(LINKS_AND_BUTTONS)) {
                if (!mayNameFollow(button)) {
                    continue;
                }
                String text = collapse(button.text()).toLowerCase(Locale.ROOT);
                if (!FOLLOW_WORDS.contains(text)) {
                    continue;
                }
                Element card = null;
                for (Element e = button.parent(); e != null && e != body; e = e.parent()) {
                    if (nonSpaceCount(e.text()) > 200 || proseTextNodes(e) > 1
                            || !e.select(CARD_BREAKERS).isEmpty()) {
                        break;
                    }
                    card = e;
                }
                if (card != null && !card.getElementsByTag("img").isEmpty()) {
                    cards.add(card);
                }
            }
            return cards;
        }

        /**
         * Adds {@code core} (an article/main/articleBody element) and its ancestors below {@code body} to the
         * elements that are, or enclose, one: the protected set (filled during the rescued-shapes pass, which
         * visits every element anyway).
         */
        private static void protect(Element core, Element body, Set<Element> set) {
            for (Element e = core; e != null && e != body && set.add(e); e = e.parent()) {
                // climb until an already-protected ancestor
            }
        }

        /**
         * Hidden chrome. {@code aria-hidden="true"} always hides (decorative duplicates). The
         * {@code hidden} attribute and inline {@code display:none} / {@code visibility:hidden} hide
         * only small elements (menus, modals, tooltips, toasts): a content-bearing container is
         * kept, because sites serve the article hidden and reveal it by script (WeChat's
         * {@code #js_content}, "展开全文" folds, inactive tab panels). Content-bearing: see
         * {@link #isContentBearing}. Stylesheet-hidden elements are not seen (no CSS is applied).
         */
        private static boolean isHidden(Element element) {
            if ("true".equalsIgnoreCase(element.attr("aria-hidden"))) {
                return true;
            }
            boolean hidden = element.hasAttr("hidden");
            if (!hidden) {
                String style = element.attr("style");
                hidden = !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
            }
            return hidden && !isContentBearing(element);
        }

        /** Minimum unlinked prose of a hidden element that is still content (non-whitespace characters). */
        private static final int MIN_HIDDEN_CONTENT_PROSE_CHARS = 100;

        /**
         * At least two prose text nodes (≥ 8 characters with sentence punctuation, outside links)
         * holding at least {@value #MIN_HIDDEN_CONTENT_PROSE_CHARS} characters, and links under a
         * third of the text.
         */
        private static boolean isContentBearing(Element element) {
            long[] counts = new long[4]; // chars, linked chars, prose chars, prose nodes
            int[] anchorDepth = {0};
            element.traverse(new org.jsoup.select.NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element e && e.normalName().equals("a")) {
                        anchorDepth[0]++;
                    } else if (node instanceof TextNode text) {
                        String whole = text.getWholeText();
                        int chars = nonSpaceCount(whole);
                        counts[0] += chars;
                        if (anchorDepth[0] > 0) {
                            counts[1] += chars;
                        } else if (chars >= 8 && hasSentencePunctuation(whole)) {
                            counts[2] += chars;
                            counts[3]++;
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e && e.normalName().equals("a")) {
                        anchorDepth[0]--;
                    }
                }
            });
            return counts[3] >= 2 && counts[2] >= MIN_HIDDEN_CONTENT_PROSE_CHARS && counts[1] * 3 < counts[0];
        }

        /**
         * v4: a code block's line-number gutter, a list of three or more items that are consecutive
         * integers ({@code <ul class="pre-numbering"><li>1</li><li>2</li>…}), emitted one line per number
         * otherwise. A numbered list of real items has text after its numbers.
         */
        private static boolean isLineNumberGutter(Element list) {
            int items = list.childrenSize();
            if (items < 3) {
                return false;
            }
            long expected = Long.MIN_VALUE;
            for (Element item : list.children()) {
                if (!item.normalName().equals("li")) {
                    return false;
                }
                String text = item.text().strip();
                if (text.isEmpty() || text.length() > 6) {
                    return false;
                }
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                        return false;
                    }
                }
                long value = Long.parseLong(text);
                if (expected != Long.MIN_VALUE && value != expected) {
                    return false;
                }
                expected = value + 1;
            }
            return true;
        }

        private static final Pattern FOOTNOTE_MARKER = Pattern.compile("\\[[^\\[\\]]{1,12}\\]");

        /** A footnote call such as {@code <sup><a href="#cite_note-1">[1]</a></sup>} or {@code <sup>[注 2]</sup>}. */
        private static boolean isFootnoteMarker(Element element, String tag) {
            return tag.equals("sup") && FOOTNOTE_MARKER.matcher(collapse(element.text())).matches();
        }

        private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?");

        /** A section number in a heading that links back to the table of contents ({@code <h2><a href="#toc">1.</a> 역사</h2>}). */
        private static boolean isSectionNumberLink(Element element, String tag) {
            if (!tag.equals("a")) {
                return false;
            }
            Element parent = element.parent();
            String parentTag = parent == null ? "" : parent.normalName();
            return parentTag.length() == 2 && parentTag.charAt(0) == 'h' && Character.isDigit(parentTag.charAt(1))
                    && SECTION_NUMBER.matcher(collapse(element.text())).matches();
        }

        /** Longest inline caption (code points). */
        private static final int MAX_INLINE_CAPTION_CODE_POINTS = 60;

        /**
         * The caption written as a plain paragraph after {@code img}, or null: a short, unpunctuated,
         * unlinked {@code p} or {@code div} with no image, bold run or list of its own, right after
         * the image or its text-less box ({@code <p><img></p><p style="font-size:13px">团队成员在调试装置</p>}).
         * Looked up from each image, so the cost is per image, not per paragraph.
         */
        private static Element inlineCaptionAfter(Element img, Element body) {
            // The picture's box: the img, or a p/div/a/span/center around it that has no text.
            Element box = img;
            for (int level = 0; level < 3; level++) {
                Element parent = box.parent();
                if (parent == null || parent == body || !IMAGE_BOX_TAGS.contains(parent.normalName())
                        || parent.childrenSize() > 2 || nonSpaceCount(parent.text()) > 0) {
                    break;
                }
                box = parent;
            }
            Element element = box.nextElementSibling();
            if (element == null || !(element.normalName().equals("p") || element.normalName().equals("div"))) {
                return null;
            }
            for (Node between = box.nextSibling(); between != null && between != element; between = between.nextSibling()) {
                if (between instanceof TextNode t && !t.isBlank()) {
                    return null;
                }
            }
            return isCaptionText(element) ? element : null;
        }

        private static final Set<String> IMAGE_BOX_TAGS = Set.of("p", "div", "a", "span", "center");

        private static boolean isCaptionText(Element element) {
            if (!element.select(CAPTION_BREAKERS).isEmpty()) {
                return false; // a sub-heading or list after a picture, not its caption
            }
            String text = collapse(element.text());
            int length = text.codePointCount(0, text.length());
            return length > 0 && length <= MAX_INLINE_CAPTION_CODE_POINTS && !hasSentencePunctuation(text)
                    && !endsSentence(text) && element.getElementsByTag("img").isEmpty()
                    && element.getElementsByTag("a").isEmpty() && element.childrenSize() <= 2;
        }

        private static boolean endsSentence(String text) {
            char last = text.charAt(text.length() - 1);
            return "。！？.!?:：".indexOf(last) >= 0;
        }

        private static Hint softChromeHint(Element element, String tag) {
            if (SOFT_REMOVE_TAGS.contains(tag)) {
                return Hint.TAG;
            }
            if ((tag.equals("header") || tag.equals("footer"))) {
                // A header inside an article usually holds the headline; a footer never holds content.
                return tag.equals("footer") || !insideArticle(element) ? Hint.TAG : Hint.NONE;
            }
            String role = element.attr("role").toLowerCase(Locale.ROOT).strip();
            if (CHROME_ROLES.contains(role)) {
                return Hint.ROLE;
            }
            String signal = element.className() + ' ' + element.id() + ' ' + element.attr("aria-label");
            if (signal.isBlank()) {
                return Hint.NONE;
            }
            String lower = signal.toLowerCase(Locale.ROOT);
            Hint hint = Hint.NONE;
            for (String sub : CHROME_SUBSTRINGS) {
                if (lower.contains(sub)) {
                    if (!WEAK_SUBSTRINGS.contains(sub)) {
                        return Hint.WIDGET_TOKEN;
                    }
                    hint = Hint.WEAK_TOKEN;
                }
            }
            String previous = null;
            for (String raw : signalTokens(signal)) {
                if (raw.isEmpty()) {
                    continue;
                }
                String token = raw.toLowerCase(Locale.ROOT);
                if (previous != null && MEDIA_TOKENS.contains(previous) && CAPTION_TOKENS.contains(token)) {
                    return Hint.WIDGET_TOKEN; // img_desc, photo-caption, pic_txt: a caption
                }
                String joined = previous == null ? null : previous + token;
                for (String t : joined == null ? new String[] {token} : new String[] {token, joined}) {
                    if (CHROME_TOKENS.contains(t)) {
                        if (!WEAK_TOKENS.contains(t)) {
                            return Hint.WIDGET_TOKEN;
                        }
                        hint = Hint.WEAK_TOKEN;
                    }
                }
                previous = token;
            }
            return hint;
        }

        /**
         * The pieces of a class/id/label string that {@link #TOKEN_SPLIT} leaves, empty ones dropped: runs
         * of letters and digits, cut between a lowercase and an uppercase letter ({@code shareBar} → share,
         * Bar). Done by hand for BMP text (the regex split was a hot spot); text with surrogates goes through
         * the regex itself.
         */
        static List<String> signalTokens(String signal) {
            List<String> tokens = new ArrayList<>(4);
            int start = -1;
            int previousType = -1;
            for (int i = 0; i < signal.length(); i++) {
                char c = signal.charAt(i);
                if (Character.isSurrogate(c)) {
                    tokens.clear();
                    for (String raw : TOKEN_SPLIT.split(signal)) {
                        if (!raw.isEmpty()) {
                            tokens.add(raw);
                        }
                    }
                    return tokens;
                }
                int type = Character.getType(c);
                boolean word = Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
                if (!word) {
                    if (start >= 0) {
                        tokens.add(signal.substring(start, i));
                        start = -1;
                    }
                } else if (start < 0) {
                    start = i;
                } else if (previousType == Character.LOWERCASE_LETTER && type == Character.UPPERCASE_LETTER) {
                    tokens.add(signal.substring(start, i));
                    start = i;
                }
                previousType = type;
            }
            if (start >= 0) {
                tokens.add(signal.substring(start));
            }
            return tokens;
        }

        static boolean insideArticle(Element element) {
            for (Element e = element.parent(); e != null; e = e.parent()) {
                String tag = e.normalName();
                if (tag.equals("article") || tag.equals("main")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Per element, computed bottom-up without recursion: non-whitespace characters, linked
     * characters, prose characters (unlinked text nodes of at least 8 characters with sentence
     * punctuation) and the number of such prose text nodes.
     */
    static final class TextStats {
        private final java.util.IdentityHashMap<Element, long[]> counts = new java.util.IdentityHashMap<>();
        private Element root;

        static TextStats of(Element root) {
            TextStats stats = new TextStats();
            stats.root = root;
            int[] anchorDepth = {0};
            // Running sums per open element, indexed by depth below the root (a text node at depth d adds to
            // the element at d - 1); an element's sums are stored when it closes, only when it holds text
            // (get() reads absent elements as zeros).
            long[][][] open = {new long[16][]};
            root.traverse(new org.jsoup.select.NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element e) {
                        if (e.normalName().equals("a")) {
                            anchorDepth[0]++;
                        }
                        if (depth >= open[0].length) {
                            open[0] = java.util.Arrays.copyOf(open[0], depth * 2);
                        }
                        if (open[0][depth] == null) {
                            open[0][depth] = new long[4];
                        } else {
                            java.util.Arrays.fill(open[0][depth], 0);
                        }
                    } else if (node instanceof TextNode text && depth > 0) {
                        String whole = text.getWholeText();
                        long chars = nonSpaceCount(whole);
                        if (chars == 0) {
                            return;
                        }
                        boolean linked = anchorDepth[0] > 0;
                        boolean prose = !linked && chars >= 8 && hasSentencePunctuation(whole);
                        long[] p = open[0][depth - 1];
                        p[0] += chars;
                        p[1] += linked ? chars : 0;
                        p[2] += prose ? chars : 0;
                        p[3] += prose ? 1 : 0;
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return;
                    }
                    if (e.normalName().equals("a")) {
                        anchorDepth[0]--;
                    }
                    long[] own = open[0][depth];
                    if (own[0] == 0) {
                        return;
                    }
                    stats.counts.put(e, own.clone());
                    if (depth > 0) {
                        long[] p = open[0][depth - 1];
                        for (int i = 0; i < 4; i++) {
                            p[i] += own[i];
                        }
                    }
                }
            });
            return stats;
        }

        private long get(Element e, int i) {
            long[] c = counts.get(e);
            return c == null ? 0 : c[i];
        }

        long chars(Element e) {
            return get(e, 0);
        }

        long linkChars(Element e) {
            return get(e, 1);
        }

        long proseChars(Element e) {
            return get(e, 2);
        }

        long proseSegments(Element e) {
            return get(e, 3);
        }

        long pageProseSegments() {
            return get(root, 3);
        }
    }

    // ---------------------------------------------------------------- segmentation

    enum Kind { PARAGRAPH, HEADING, ITEM, ROW, CODE }

    static final class Block {
        final String text;
        final Kind kind;
        final boolean h1;
        final int chars;
        final int linkChars;
        final int codePoints;
        final int punct;
        final boolean sentencePunct;
        final boolean cjkDominant;
        final boolean hasAlnum;
        boolean pass;
        /** Failed because a boilerplate rule matched (metadata such as a dateline, not a link list). */
        boolean boilerplate;
        /** Dropped because it lies under a heading that opens a boilerplate section. */
        boolean inBoilerplateSection;
        /** v5: the text of an {@code h1}–{@code h6} (not a bold run). */
        boolean headingTag;
        /** v5: inside an ingredient item (itemprop recipeIngredient, class or id naming an ingredient). */
        boolean ingredient;
        /** v5: a bare number that marks a step or item (not a whole list item): fails. */
        boolean counter;
        /** v5: failed only because it is a short paragraph without sentence punctuation. */
        boolean onlyShort;
        /** v5: a header line of a post template (see markPostTemplates): costs nothing. */
        boolean postHeader;

        Block(String text, Kind kind, boolean h1, int linkChars) {
            this.text = text;
            this.kind = kind;
            this.h1 = h1;
            this.codePoints = text.codePointCount(0, text.length());
            int nonSpace = 0;
            int cjk = 0;
            int letters = 0;
            int punctuation = 0;
            boolean alnum = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    continue;
                }
                nonSpace++;
                if (Character.isLetterOrDigit(cp)) {
                    alnum = true;
                }
                if (Character.isLetter(cp)) {
                    letters++;
                    if (isCjk(cp)) {
                        cjk++;
                    }
                } else if (isPunctuation(cp)) {
                    punctuation++;
                }
            }
            this.chars = nonSpace;
            this.linkChars = Math.min(linkChars, nonSpace);
            this.punct = punctuation;
            this.hasAlnum = alnum;
            this.cjkDominant = letters > 0 && cjk * 2 >= letters;
            this.sentencePunct = hasSentencePunctuation(text);
        }
    }

    record Candidate(int start, int end, Element element) {}

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "address", "center", "header", "footer", "hr", "details", "summary", "body",
            "fieldset", "legend", "nav", "aside", "figure", "form", "menu", "hgroup", "search", "output");
    private static final Set<String> ROW_BLOCKERS = Set.of(
            "p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "br");

    /** A data cell may wrap its text in this many {@code p}/{@code div} elements (wikis, CMS tables). */
    private static final int MAX_CELL_WRAPPERS = 1;
    /** ... provided the wrapped cell holds at most this many non-whitespace characters (longer: layout). */
    private static final int MAX_WRAPPED_CELL_CHARS = 200;

    /** Cuts the cleaned body into blocks; records each block element's block range as a candidate. */
    static final class Segmenter implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
        private final boolean keepTables;
        private final StringBuilder current = new StringBuilder();
        private int currentLinkChars;
        private int anchorDepth;
        private int boldDepth;
        /** The current block has text outside b/strong. */
        private boolean currentHasPlain;
        private int preDepth;
        private final Deque<Element> blockStack = new ArrayDeque<>();
        private final Deque<Integer> startStack = new ArrayDeque<>();
        /** v5: the current block has text inside an ingredient item. */
        private boolean currentIngredient;
        /** v5: open elements that name an ingredient item (innermost first). */
        private final Deque<Element> ingredientStack = new ArrayDeque<>();

        Segmenter(boolean keepTables) {
            this.keepTables = keepTables;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (element.attributesSize() > 0 && namesIngredient(element)) {
                ingredientStack.push(element);
            }
            switch (tag) {
                case "b", "strong" -> boldDepth++;
                case "a" -> anchorDepth++;
                case "br" -> flush();
                case "pre" -> preDepth++;
                default -> { }
            }
            if (tag.equals("tr") && isDataRow(element)) {
                flush();
                emitRow(element);
                candidates.add(new Candidate(blocks.size() - 1, blocks.size(), element));
                popIngredient(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("tr") && isSectionRow(element)) {
                flush();
                String text = collapse(element.text());
                blocks.add(new Block(text, Kind.HEADING, false, linkChars(element)));
                candidates.add(new Candidate(blocks.size() - 1, blocks.size(), element));
                popIngredient(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                blockStack.push(element);
                startStack.push(blocks.size());
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (tag.equals("a")) {
                anchorDepth = Math.max(0, anchorDepth - 1);
            }
            if (tag.equals("b") || tag.equals("strong")) {
                boldDepth = Math.max(0, boldDepth - 1);
            }
            if (BLOCK_TAGS.contains(tag) && !blockStack.isEmpty() && blockStack.peek() == element) {
                flush();
                blockStack.pop();
                int start = startStack.pop();
                candidates.add(new Candidate(start, blocks.size(), element));
            }
            if (tag.equals("pre")) {
                flush();
                preDepth = Math.max(0, preDepth - 1);
            }
            popIngredient(element);
            return FilterResult.CONTINUE;
        }

        /** Undoes the push of {@code element} (a skipped subtree gets no tail call). */
        private void popIngredient(Element element) {
            if (!ingredientStack.isEmpty() && ingredientStack.peek() == element) {
                ingredientStack.pop();
            }
        }

        private static final Set<String> INGREDIENT_ITEMPROPS = Set.of("recipeingredient", "ingredients");

        /**
         * v5: one ingredient of a recipe: schema.org microdata ({@code itemprop="recipeIngredient"}, the older
         * {@code ingredients}) or a class/id token {@code ingredient} (singular: the item, not the list with its
         * servings line; {@code wprm-recipe-ingredient}, {@code <div class="ingredient">}).
         */
        static boolean namesIngredient(Element element) {
            org.jsoup.nodes.Attributes attributes = element.attributes();
            String itemprop = attributes.get("itemprop");
            if (!itemprop.isEmpty() && INGREDIENT_ITEMPROPS.contains(itemprop.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
            return hasIngredientToken(attributes.get("class")) || hasIngredientToken(attributes.get("id"));
        }

        private static boolean hasIngredientToken(String signal) {
            if (signal.length() < 10 || !containsIgnoreCase(signal, "ingredient")) {
                return false; // the common case: no allocation
            }
            for (String token : DomCleaner.signalTokens(signal)) {
                if (token.equalsIgnoreCase("ingredient")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsIgnoreCase(String s, String lowerNeedle) {
            for (int i = 0, last = s.length() - lowerNeedle.length(); i <= last; i++) {
                if (s.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                    return true;
                }
            }
            return false;
        }

        void finishBody(Element body) {
            flush();
            candidates.add(new Candidate(0, blocks.size(), body));
        }

        private void appendText(String raw) {
            if (preDepth == 0 && raw.indexOf('\n') >= 0 && splitsAtBlankLines()) {
                // v4: plain text laid out with blank lines in a div (PTT's main-content, pre-wrap text):
                // a blank line is a paragraph break.
                String[] parts = BLANK_LINE.split(raw, -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        flush();
                    }
                    appendPlain(parts[i]);
                }
                return;
            }
            if (preDepth > 0 && raw.indexOf('\n') >= 0) {
                String[] lines = raw.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        flush();
                    }
                    appendPlain(lines[i]);
                }
                return;
            }
            appendPlain(raw);
        }

        private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\r\u00A0\u3000]*\n");

        /** Text directly in a div, td or body (not in a p, li, heading...) is split at blank lines. */
        private boolean splitsAtBlankLines() {
            Element owner = blockStack.peek();
            String tag = owner == null ? "body" : owner.normalName();
            return tag.equals("div") || tag.equals("td") || tag.equals("body");
        }

        private void appendPlain(String text) {
            current.append(text);
            if (boldDepth == 0 && !currentHasPlain && nonSpaceCount(text) > 0) {
                currentHasPlain = true;
            }
            if (anchorDepth > 0) {
                currentLinkChars += nonSpaceCount(text);
            }
            if (!ingredientStack.isEmpty() && !currentIngredient) {
                currentIngredient = nonSpaceCount(text) > 0;
            }
            if (current.length() > 4_000_000) {
                flush();
            }
        }

        private void flush() {
            if (current.length() == 0) {
                currentLinkChars = 0;
                return;
            }
            String text = collapse(current.toString());
            int links = currentLinkChars;
            boolean allBold = !currentHasPlain;
            boolean ingredient = currentIngredient;
            current.setLength(0);
            currentLinkChars = 0;
            currentHasPlain = false;
            currentIngredient = false;
            if (text.isEmpty()) {
                return;
            }
            Element owner = blockStack.peek();
            String ownerTag = owner == null ? "body" : owner.normalName();
            Kind kind;
            if (preDepth > 0) {
                kind = Kind.CODE;
            } else if (ownerTag.length() == 2 && ownerTag.charAt(0) == 'h' && Character.isDigit(ownerTag.charAt(1))) {
                kind = Kind.HEADING;
            } else if (ownerTag.equals("li") || ownerTag.equals("dt") || ownerTag.equals("dd")) {
                kind = Kind.ITEM;
            } else if (allBold && links == 0 && text.codePointCount(0, text.length()) <= MAX_BOLD_HEADING_CODE_POINTS
                    && !hasSentencePunctuation(text)) {
                // A bold run alone on its line, unpunctuated: a sub-heading of <br>-separated text.
                kind = Kind.HEADING;
            } else {
                kind = Kind.PARAGRAPH;
            }
            if (kind == Kind.PARAGRAPH && DATELINE_OPENERS.indexOf(text.charAt(0)) >= 0) {
                text = withoutDatelinePrefix(text);
            }
            Block block = new Block(text, kind, ownerTag.equals("h1"), links);
            block.headingTag = kind == Kind.HEADING && ownerTag.length() == 2 && ownerTag.charAt(0) == 'h';
            block.ingredient = ingredient;
            // v5: a bare number is a step/list counter, unless it is a whole list item (a list of numbers).
            block.counter = isBareNumber(text) && !(ownerTag.equals("li") && isBareNumber(collapse(owner.text())));
            blocks.add(block);
        }

        private static final String DATELINE_OPENERS = "〔［【（([";
        private static final Pattern DATELINE_PREFIX = Pattern.compile(
                "^[〔［【（(\\[][^〔〕［］【】（）()\\[\\]]{0,30}?(?:記者|记者|報導|报道|特派員|特派员)"
                        + "[^〔〕［］【】（）()\\[\\]]{0,30}[〕］】）)\\]]\\s*");

        /**
         * v4: a paragraph opening with a bracketed reporter dateline loses it when at least
         * {@value #MIN_TEXT_AFTER_DATELINE} code points follow ({@code 〔記者王小明／台中報導〕連日豪雨…} →
         * {@code 連日豪雨…}, {@code （记者 张三）…}).
         */
        static String withoutDatelinePrefix(String text) {
            var m = DATELINE_PREFIX.matcher(text);
            if (!m.find()) {
                return text;
            }
            String rest = text.substring(m.end());
            return rest.codePointCount(0, rest.length()) >= MIN_TEXT_AFTER_DATELINE ? rest : text;
        }

        static final int MIN_TEXT_AFTER_DATELINE = 20;

        /**
         * v4: a section row of a data table — one header cell ({@code th}, or a cell spanning two or more
         * columns) of at most {@value #MAX_BOLD_HEADING_CODE_POINTS} code points without block content, next
         * to a data row ({@code <tr><th colspan="4">基本仕様</th></tr>} in a spec table). Emitted as a heading.
         */
        private static boolean isSectionRow(Element tr) {
            if (tr.childrenSize() != 1) {
                return false;
            }
            Element cell = tr.child(0);
            String tag = cell.normalName();
            if (!(tag.equals("th") || tag.equals("td") && colspan(cell) >= 2)) {
                return false;
            }
            for (Element inner : cell.getAllElements()) {
                if (inner != cell && ROW_BLOCKERS.contains(inner.normalName())) {
                    return false;
                }
            }
            String text = collapse(cell.text());
            int length = text.codePointCount(0, text.length());
            if (length == 0 || length > MAX_BOLD_HEADING_CODE_POINTS) {
                return false;
            }
            Element next = tr.nextElementSibling();
            Element previous = tr.previousElementSibling();
            return next != null && next.normalName().equals("tr") && isDataRow(next)
                    || previous != null && previous.normalName().equals("tr") && isDataRow(previous);
        }

        private static int colspan(Element cell) {
            String value = cell.attr("colspan").strip();
            if (value.isEmpty() || value.length() > 3) {
                return 1;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static int linkChars(Element element) {
            int links = 0;
            for (Element a : element.getElementsByTag("a")) {
                links += nonSpaceCount(a.text());
            }
            return links;
        }

        private static boolean isDataRow(Element tr) {
            int cells = 0;
            for (Element child : tr.children()) {
                String tag = child.normalName();
                if (tag.equals("td") || tag.equals("th")) {
                    cells++;
                    int wrappers = 0;
                    for (Element inner : child.getAllElements()) {
                        String innerTag = inner.normalName();
                        if (inner == child || !ROW_BLOCKERS.contains(innerTag)) {
                            continue;
                        }
                        if ((innerTag.equals("p") || innerTag.equals("div")) && ++wrappers <= MAX_CELL_WRAPPERS) {
                            continue; // <td><div class="wiki-paragraph">빈대떡</div></td>: a wrapped cell
                        }
                        return false;
                    }
                    int cellChars = nonSpaceCount(child.text());
                    if (cellChars > 400 || wrappers > 0 && cellChars > MAX_WRAPPED_CELL_CHARS) {
                        return false;
                    }
                }
            }
            return cells >= 2;
        }

        private void emitRow(Element tr) {
            List<String> cells = new ArrayList<>();
            int links = 0;
            for (Element child : tr.children()) {
                String tag = child.normalName();
                if (tag.equals("td") || tag.equals("th")) {
                    String cell = collapse(child.text());
                    if (!cell.isEmpty()) {
                        cells.add(cell);
                    }
                    for (Element a : child.getElementsByTag("a")) {
                        links += nonSpaceCount(a.text());
                    }
                }
            }
            if (cells.isEmpty()) {
                return;
            }
            Block row = new Block(String.join("\t", cells), Kind.ROW, false, links);
            row.ingredient = !ingredientStack.isEmpty();
            blocks.add(row);
        }
    }

    // ---------------------------------------------------------------- character helpers

    /** Collapses whitespace (including NBSP, ideographic space, zero-width characters) and trims. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 0x20 && cp < 0x7F) { // printable ASCII: neither space nor removed (the common case)
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append((char) cp);
                continue;
            }
            if (isSpace(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (cp == 0xFEFF || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060) {
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED && cp >= 0xFFFE) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * {@code Character.isWhitespace(cp) || Character.isSpaceChar(cp)} (NBSP and U+3000 included), spelled out
     * as the code points it is true for (a hot path; ExtractorFastPathsTest checks every code point).
     */
    private static boolean isSpace(int cp) {
        if (cp <= 0x20) {
            return cp >= 0x09 && cp <= 0x0D || cp >= 0x1C;
        }
        if (cp < 0x1680) {
            return cp == 0xA0;
        }
        return cp == 0x1680 || cp >= 0x2000 && cp <= 0x200A || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    static int nonSpaceCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c > 0x20 && c < 0x7F) { // printable ASCII
                n++;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isSpace(cp)) {
                n++;
            }
        }
        return n;
    }

    static boolean isCjk(int cp) {
        // Fast answers for the common ranges (no script starts below U+1100 Hangul Jamo; the ranges below
        // are wholly one of these scripts); UnicodeScript.of is a binary search.
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FA5 || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0x3041 && cp <= 0x3096
                || cp >= 0x30A1 && cp <= 0x30FA) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean isPunctuation(int cp) {
        if (cp < 0x80) {
            return cp == ',' || cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':';
        }
        if ("。，、！？；：…—「」『』《》〈〉“”‘’（）".indexOf(cp) >= 0) {
            return true;
        }
        return cp >= 0xFF01 && cp <= 0xFF0F || cp >= 0xFF1A && cp <= 0xFF20 || cp == 0xFF61 || cp == 0xFF64;
    }

    /** One of 。，、！？；．｡､ (full-width and half-width forms). */
    private static boolean isCjkSentencePunctuation(char c) {
        return c == 0x3001 || c == 0x3002 || c == 0xFF01 || c == 0xFF0C || c == 0xFF0E || c == 0xFF1B || c == 0xFF1F
                || c == 0xFF61 || c == 0xFF64;
    }

    static boolean hasSentencePunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3001 && isCjkSentencePunctuation(c)) {
                return true;
            }
            if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ',')
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))
                    && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
