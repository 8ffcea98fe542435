package io.taoxi.filters.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Operator (a pure transform, {@value #NAME}): removes what a forum post or mail quotes from earlier posts,
 * the attribution line that introduces the quote, and a trailing signature, so that a thread rendered post
 * after post never repeats text.
 *
 * <table>
 *   <caption>input → output (\n is a line break)</caption>
 *   <tr><th>input</th><th>output</th></tr>
 *   <tr><td>{@code On Mon, Bob wrote:\n> old text\nI agree.}</td><td>{@code I agree.}</td></tr>
 *   <tr><td>{@code 在 2025年3月3日，张三 写道：\n> 原文\n同意。}</td><td>{@code 同意。}</td></tr>
 *   <tr><td>{@code 引用 李四 的发言：\n原帖内容\n\n我的回复}</td><td>{@code 我的回复}</td></tr>
 *   <tr><td>{@code 山田 さんは書きました：\n> 元の文\n了解です。}</td><td>{@code 了解です。}</td></tr>
 *   <tr><td>{@code 홍길동님이 작성:\n> 원문\n좋습니다.}</td><td>{@code 좋습니다.}</td></tr>
 *   <tr><td>{@code Thanks!\n-- \nBob, ACME}</td><td>{@code Thanks!}</td></tr>
 *   <tr><td>{@code > only a quote}</td><td>(empty)</td></tr>
 * </table>
 *
 * <p>What is removed, in order:
 * <ol>
 *   <li>a top-posted original message: from a line like {@code -----Original Message-----},
 *       {@code ------------------ 原始邮件 ------------------}, {@code -----元のメッセージ-----} or
 *       {@code -----원본 메시지-----} to the end (forwarded messages are content and stay);</li>
 *   <li>quote lines: lines whose first non-blank character (after at most three spaces, so that indented
 *       code survives) is {@code >} or {@code ＞}; and, right after a newsmth-style attribution
 *       {@code 【 在 X 的大作中提到: 】}, the lines starting {@code :};</li>
 *   <li>attribution lines (one line, or two when a mail client wrapped it) that are followed by a quote
 *       block or end the post: {@code On … wrote:}, {@code X wrote:}, {@code 在 … 写道：}/{@code 寫道：},
 *       {@code … さんは書きました：}/{@code さんが書きました}, {@code …님이 작성:}/{@code 님이 쓴 글:},
 *       Gmail's {@code <date> Name <addr>:} form; and paragraph attributions {@code 引用 … 的发言：} and
 *       {@code 原帖由 … 发表}, which BBS exports follow with the quoted paragraph without markers: the
 *       attribution and the lines up to the next blank line go;</li>
 *   <li>a signature: from a line {@code -- } (or {@code --}) to the end, when at most
 *       {@link Spec#maxSignatureLines()} non-blank lines follow it.</li>
 * </ol>
 * Blank-line runs are then collapsed to one blank line and the text is trimmed.
 *
 * <p>Quote policy: a quote repeats a post that is already in the thread text, so it goes. The one exception
 * is asked for by the caller with {@code keepContext}: when the quoted post is <em>not</em> in the thread (the
 * parent mail is missing from the archive, the parent comment was deleted), the first-level lines of the
 * first quote block stay, as {@code > } lines, because they are then the only context of the reply. Deeper
 * levels ({@code >>}) never stay. A post that is nothing but a quote becomes empty in both modes.
 *
 * <p>Known weaknesses: inline (interleaved) replies lose the question each answer follows; signatures without
 * a {@code -- } line (common on Chinese forums) stay; an attribution in a form not listed stays as a line of
 * text; a paragraph attribution whose quote contains blank lines removes only the first paragraph.
 */
public final class QuoteStripper {
    /** Versioned operator name; bump when any output can change. */
    public static final String NAME = "quote_strip_v1";

    /**
     * @param maxSignatureLines most non-blank lines after a {@code -- } line for it to count as a signature
     */
    public record Spec(int maxSignatureLines) {
        public Spec {
            if (maxSignatureLines < 0 || maxSignatureLines > 100) {
                throw new IllegalArgumentException("maxSignatureLines must be in [0, 100], got: " + maxSignatureLines);
            }
        }

        public static Spec defaults() {
            return new Spec(8);
        }
    }

    /**
     * What was done.
     *
     * @param text the post without quotes, attributions and signature
     * @param quoteLines quote lines removed (kept context lines not counted)
     * @param attributionLines attribution lines removed
     * @param signatureLines lines removed from the signature delimiter on
     * @param contextKept whether a first-level quote stayed as context
     */
    public record Result(String text, int quoteLines, int attributionLines, int signatureLines,
            boolean contextKept) {
    }

    private static final Pattern QUOTE = Pattern.compile("^ {0,3}[>＞]");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{2,}\\s*(?:Original Message|原始邮件|原始郵件|原邮件|元のメッセージ|원본 메시지|원본 메일)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** One-line attributions that must be followed by a quote block (or end the post). */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(?:"
                    + "On\\b.{1,300}\\bwrote\\s*[:：]"
                    + "|.{1,200}\\bwrote\\s*[:：]"
                    + "|在.{1,300}(?:写道|寫道)\\s*[:：]"
                    + "|.{1,200}(?:写道|寫道)\\s*[:：]"
                    + "|.{1,300}(?:さんは書きました|さんが書きました|は書きました|が書きました)\\s*[:：]?"
                    + "|.{1,300}님(?:이|께서) (?:작성|쓴 글|씀)\\s*[:：]?"
                    + "|.{1,300}<[^<>@\\s]+@[^<>\\s]+>\\s*[:：]"
                    + ")\\s*$");
    /** The first line of an attribution a mail client wrapped over two lines. */
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(?:On\\b|在\\s*\\d|\\d{4}[年/.-]).{0,200}$");
    /** newsmth / BBS: quote lines start with ':' after this. */
    private static final Pattern SMTH_ATTRIBUTION = Pattern.compile("^【\\s*在.{1,200}的大作中提到[:：]?\\s*】\\s*$");
    private static final Pattern SMTH_QUOTE = Pattern.compile("^[:：] ?");
    /** Attributions followed by the quoted paragraph without markers. */
    private static final Pattern PARAGRAPH_ATTRIBUTION = Pattern.compile(
            "^(?:引用\\s*.{0,100}(?:的发言|的發言|发表的|發表的)\\s*[:：]?|原帖由.{1,200}(?:发表|發表)|.{1,100}\\s(?:发表于|發表於)\\s.{1,40})\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");

    private final Spec spec;

    public QuoteStripper(Spec spec) {
        this.spec = spec;
    }

    /** Strips quotes, attributions and the signature; see the class comment. Never throws. */
    public Result strip(String post, boolean keepContext) {
        if (post == null || post.isEmpty()) {
            return new Result("", 0, 0, 0, false);
        }
        String[] lines = post.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int n = lines.length;
        // kind per line: 0 text, 1 quote, 2 attribution, 3 signature, 4 kept context
        byte[] kind = new byte[n];
        int quoteLines = 0;
        int attributionLines = 0;
        int signatureLines = 0;

        for (int i = 0; i < n; i++) {
            if (ORIGINAL_MESSAGE.matcher(lines[i]).matches()) {
                for (int j = i; j < n; j++) {
                    kind[j] = 1;
                    quoteLines++;
                }
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            if (kind[i] == 0 && QUOTE.matcher(lines[i]).find()) {
                kind[i] = 1;
                quoteLines++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (kind[i] != 0) {
                continue;
            }
            String line = lines[i].strip();
            if (SMTH_ATTRIBUTION.matcher(line).matches()) {
                kind[i] = 2;
                attributionLines++;
                for (int j = i + 1; j < n && SMTH_QUOTE.matcher(lines[j]).find(); j++) {
                    kind[j] = 1;
                    quoteLines++;
                }
                continue;
            }
            if (PARAGRAPH_ATTRIBUTION.matcher(line).matches()) {
                int j = i + 1;
                while (j < n && !lines[j].isBlank()) {
                    j++;
                }
                if (hasTextAfter(lines, kind, j) || j > i + 1) {
                    kind[i] = 2;
                    attributionLines++;
                    for (int k = i + 1; k < j; k++) {
                        if (kind[k] == 0) {
                            kind[k] = 1;
                            quoteLines++;
                        }
                    }
                }
                continue;
            }
            boolean oneLine = line.length() <= 400 && ATTRIBUTION.matcher(line).matches();
            boolean twoLines = !oneLine && i + 1 < n && kind[i + 1] == 0
                    && ATTRIBUTION_START.matcher(line).matches()
                    && ATTRIBUTION.matcher(line + " " + lines[i + 1].strip()).matches();
            if (!oneLine && !twoLines) {
                continue;
            }
            int after = twoLines ? i + 2 : i + 1;
            if (introducesQuote(lines, kind, after)) {
                kind[i] = 2;
                attributionLines++;
                if (twoLines) {
                    kind[i + 1] = 2;
                    attributionLines++;
                }
            }
        }
        boolean contextKept = false;
        if (keepContext && hasText(lines, kind)) {
            int first = -1;
            for (int i = 0; i < n; i++) {
                if (kind[i] == 1 && QUOTE.matcher(lines[i]).find()) {
                    first = i;
                    break;
                }
            }
            for (int i = first; first >= 0 && i < n && (kind[i] == 1 || lines[i].isBlank()); i++) {
                if (kind[i] == 1 && quoteDepth(lines[i]) == 1 && QUOTE.matcher(lines[i]).find()) {
                    kind[i] = 4;
                    quoteLines--;
                    contextKept = true;
                }
            }
        }
        // Signature: the first delimiter with few enough text lines after it.
        for (int i = 0; i < n; i++) {
            if (kind[i] == 0 && SIGNATURE.matcher(lines[i]).matches()) {
                int after = 0;
                for (int j = i + 1; j < n; j++) {
                    if (kind[j] == 0 && !lines[j].isBlank()) {
                        after++;
                    }
                }
                if (after <= spec.maxSignatureLines()) {
                    for (int j = i; j < n; j++) {
                        if (kind[j] == 0) {
                            kind[j] = 3;
                            signatureLines++;
                        }
                    }
                    break;
                }
            }
        }
        if (!hasText(lines, kind)) {
            return new Result("", quoteLines + countKind(kind, (byte) 4), attributionLines, signatureLines, false);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kind[i] == 0) {
                out.add(stripTrailing(lines[i]));
            } else if (kind[i] == 4) {
                out.add("> " + lines[i].replaceFirst("^ {0,3}[>＞] ?", "").stripTrailing());
            } else if (kind[i] == 1 && (i == 0 || kind[i - 1] == 0)) {
                out.add(""); // where a quote was, paragraphs stay apart
            }
        }
        return new Result(collapseBlankLines(out), quoteLines, attributionLines, signatureLines, contextKept);
    }

    private static boolean introducesQuote(String[] lines, byte[] kind, int from) {
        for (int j = from; j < lines.length; j++) {
            if (kind[j] == 1) {
                return true;
            }
            if (!lines[j].isBlank()) {
                return false;
            }
        }
        return true; // a dangling attribution at the end of the post
    }

    private static boolean hasTextAfter(String[] lines, byte[] kind, int from) {
        for (int j = from; j < lines.length; j++) {
            if (kind[j] == 0 && !lines[j].isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(String[] lines, byte[] kind) {
        return hasTextAfter(lines, kind, 0);
    }

    private static int countKind(byte[] kind, byte k) {
        int c = 0;
        for (byte b : kind) {
            if (b == k) {
                c++;
            }
        }
        return c;
    }

    /** Number of quote markers at the start of a line ({@code > > x} and {@code >>x} are both 2). */
    static int quoteDepth(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>' || c == '＞') {
                depth++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return depth;
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }

    /** Joins lines, at most one blank line in a row, no blank lines at either end. */
    static String collapseBlankLines(List<String> lines) {
        StringBuilder b = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                pendingBlank = b.length() > 0;
                continue;
            }
            if (b.length() > 0) {
                b.append(pendingBlank ? "\n\n" : "\n");
            }
            b.append(line);
            pendingBlank = false;
        }
        return b.toString();
    }
}
