package io.taoxi.filters.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Operator: decides whether one line of extracted text is site boilerplate (footers, share bars,
 * editor credits, previous/next links, ICP filing numbers...). Pure and immutable; safe to share
 * between threads.
 *
 * <p>Rules come from a TSV file ({@code boilerplate.tsv} next to this class; columns {@code lang},
 * {@code kind}, {@code pattern}, {@code comment}). Three kinds exist:
 * <ul>
 *   <li>{@code line_exact}: the line, lower-cased and stripped of surrounding whitespace and
 *       separator punctuation ({@code ：:|>»·•-} and friends), equals the pattern;</li>
 *   <li>{@code line_contains}: the lower-cased line contains the pattern;</li>
 *   <li>{@code line_regex}: a case-insensitive Java regex found anywhere in the line.</li>
 * </ul>
 *
 * <p>Decision: a {@code line_exact} hit always drops. {@code line_contains}/{@code line_regex} hits
 * are counted (distinct rules) and their matched spans measured. A <em>prose</em> line (at least
 * {@value #PROSE_MIN_CODE_POINTS} code points and ending in sentence punctuation such as 。！？.!?)
 * is dropped only with two or more hits; any other line is dropped with two or more hits or when
 * the hits cover at least {@value #MIN_COVERAGE} of its code points. Examples with the default
 * rules:
 * <pre>
 *   "Copyright © 2005-2024 新浪公司 版权所有"                  → drop (two hits)
 *   "京ICP备12345678号-1"                                       → drop (covers the line)
 *   "（责任编辑：王小明）"                                       → drop (covers the line)
 *   "相关阅读："                                               → drop (exact)
 *   "国家版权局通报了三起案件，涉案作品的版权所有者已获赔偿。"   → keep (prose, one hit)
 *   "이전글 : 봄맞이 할인 행사 안내"                             → drop (anchored regex)
 * </pre>
 *
 * <p>Known weaknesses:
 * <ul>
 *   <li>A short non-prose line that legitimately contains a footer phrase is dropped:
 *       {@code "如有疑问请联系我们"} → drop (no final punctuation, 联系我们 covers 44%).</li>
 *   <li>A prose sentence that quotes two boilerplate phrases is dropped: {@code "法院认为，该网站虽标注
 *       “版权所有，禁止转载”，但……"} → drop.</li>
 *   <li>Rules are matched regardless of the page language (a Japanese rule written in kanji can
 *       fire on a Chinese line); the {@code lang} column only gates rules on the script of the line
 *       (zh needs Han, ja Han or kana, ko Hangul, en/fr/de/es Latin, ru Cyrillic, any nothing).</li>
 * </ul>
 */
public final class BoilerplateRules {

    /** Lines this long (code points) that end in sentence punctuation need two hits to be dropped. */
    public static final int PROSE_MIN_CODE_POINTS = 24;
    /** Fraction of a non-prose line that hits must cover to drop it on a single hit. */
    public static final double MIN_COVERAGE = 0.25;

    private static final String RESOURCE = "boilerplate.tsv";
    private static final Pattern STRIP_EDGES = Pattern.compile(
            "^[\\s\\p{Z}\\p{Punct}：:｜|>＞»›«‹·•・\\-—–_【】\\[\\]（）()「」『』<>]+|[\\s\\p{Z}\\p{Punct}：:｜|>＞»›«‹·•・\\-—–_【】\\[\\]（）()「」『』<>]+$");

    private static final BoilerplateRules DEFAULTS = load();

    /** One parsed rule. */
    public record Rule(String lang, String kind, String pattern, String comment) {}

    private final List<Rule> rules;
    private final Map<String, Rule> exact;
    private final List<Rule> containsRules;
    private final List<Pattern> regexes;
    private final List<Rule> regexRules;
    private final List<Boolean> anchored;
    private final int[] containsNeeds;
    private final int[] regexNeeds;

    private static final int NEEDS_NOTHING = 0;
    private static final int NEEDS_HAN = 1;
    private static final int NEEDS_HAN_OR_KANA = 2;
    private static final int NEEDS_HANGUL = 4;
    private static final int NEEDS_LATIN = 8;
    private static final int NEEDS_CYRILLIC = 16;

    /**
     * The script a line must contain for a rule of this language to be able to match; a cheap
     * prefilter so that, say, Korean rules are not run on Chinese text. Rules of language
     * {@code any} (and unknown languages) always run.
     */
    private static int needs(String lang) {
        return switch (lang) {
            case "zh-Hans", "zh-Hant", "zh" -> NEEDS_HAN;
            case "ja" -> NEEDS_HAN_OR_KANA;
            case "ko" -> NEEDS_HANGUL;
            case "en", "fr", "de", "es" -> NEEDS_LATIN;
            case "ru" -> NEEDS_CYRILLIC;
            default -> NEEDS_NOTHING;
        };
    }

    private static boolean satisfied(int need, boolean han, boolean kana, boolean hangul, boolean latin,
                                     boolean cyrillic) {
        return switch (need) {
            case NEEDS_HAN -> han;
            case NEEDS_HAN_OR_KANA -> han || kana;
            case NEEDS_HANGUL -> hangul;
            case NEEDS_LATIN -> latin;
            case NEEDS_CYRILLIC -> cyrillic;
            default -> true;
        };
    }

    private BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> exactRules = new HashMap<>();
        List<Rule> contains = new ArrayList<>();
        List<Pattern> compiled = new ArrayList<>();
        List<Rule> regexOwners = new ArrayList<>();
        List<Boolean> anchoredFlags = new ArrayList<>();
        for (Rule rule : rules) {
            switch (rule.kind()) {
                case "line_exact" -> exactRules.putIfAbsent(rule.pattern().toLowerCase(Locale.ROOT), rule);
                case "line_contains" -> contains.add(
                        new Rule(rule.lang(), rule.kind(), rule.pattern().toLowerCase(Locale.ROOT), rule.comment()));
                case "line_regex" -> {
                    compiled.add(Pattern.compile(rule.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    regexOwners.add(rule);
                    anchoredFlags.add(rule.pattern().startsWith("^"));
                }
                default -> throw new IllegalArgumentException("unknown rule kind: " + rule.kind());
            }
        }
        this.exact = Map.copyOf(exactRules);
        this.containsRules = List.copyOf(contains);
        this.regexes = List.copyOf(compiled);
        this.regexRules = List.copyOf(regexOwners);
        this.anchored = List.copyOf(anchoredFlags);
        this.containsNeeds = containsRules.stream().mapToInt(r -> needs(r.lang())).toArray();
        this.regexNeeds = regexRules.stream().mapToInt(r -> needs(r.lang())).toArray();
    }

    /** The rules shipped in {@code io/taoxi/filters/html/boilerplate.tsv}. */
    public static BoilerplateRules defaults() {
        return DEFAULTS;
    }

    /**
     * Parses rules from TSV text (same format as the shipped file).
     *
     * @throws IllegalArgumentException naming the line number when a line has fewer than three
     *     columns, an unknown kind or an invalid regex
     */
    public static BoilerplateRules parse(String tsv) {
        List<Rule> parsed = new ArrayList<>();
        String[] lines = tsv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = lines[i].replace("\r", "").split("\t", -1);
            if (cols.length < 3) {
                throw new IllegalArgumentException("boilerplate rules line " + (i + 1)
                        + ": expected lang<TAB>kind<TAB>pattern[<TAB>comment], got " + cols.length + " column(s)");
            }
            String kind = cols[1].strip();
            if (!kind.equals("line_exact") && !kind.equals("line_contains") && !kind.equals("line_regex")) {
                throw new IllegalArgumentException("boilerplate rules line " + (i + 1) + ": kind '" + kind
                        + "' is not one of line_exact, line_contains, line_regex");
            }
            if (kind.equals("line_regex")) {
                try {
                    Pattern.compile(cols[2]);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("boilerplate rules line " + (i + 1) + ": bad regex: "
                            + e.getDescription(), e);
                }
            }
            parsed.add(new Rule(cols[0].strip(), kind, cols[2].strip(), cols.length > 3 ? cols[3].strip() : ""));
        }
        return new BoilerplateRules(parsed);
    }

    /** All rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /** True when {@link #match} finds a reason to drop the line. */
    public boolean isBoilerplate(String line) {
        return match(line).isPresent();
    }

    /**
     * Returns the rule that decided to drop {@code line} (for a multi-hit decision, the first hit),
     * or empty when the line is kept. Never throws; null counts as empty and is kept.
     */
    public Optional<Rule> match(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String core = STRIP_EDGES.matcher(lower).replaceAll("");
        Rule exactHit = exact.get(core);
        if (exactHit != null) {
            return Optional.of(exactHit);
        }
        boolean han = false;
        boolean kana = false;
        boolean hangul = false;
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                latin |= Character.isLetter(cp);
                continue;
            }
            if (cp == 0xA9) {
                latin = true; // ©: English copyright rules
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han = true;
                case HIRAGANA, KATAKANA -> kana = true;
                case HANGUL -> hangul = true;
                case LATIN -> latin = true;
                case CYRILLIC -> cyrillic = true;
                default -> { }
            }
        }
        int length = lower.length();
        boolean[] covered = new boolean[length];
        int hits = 0;
        Rule first = null;
        for (int c = 0; c < containsRules.size(); c++) {
            if (!satisfied(containsNeeds[c], han, kana, hangul, latin, cyrillic)) {
                continue;
            }
            Rule rule = containsRules.get(c);
            int at = lower.indexOf(rule.pattern());
            if (at >= 0) {
                hits++;
                first = first == null ? rule : first;
                for (int from = at; from >= 0; from = lower.indexOf(rule.pattern(), from + 1)) {
                    java.util.Arrays.fill(covered, from, from + rule.pattern().length(), true);
                }
            }
        }
        for (int r = 0; r < regexes.size(); r++) {
            if (!satisfied(regexNeeds[r], han, kana, hangul, latin, cyrillic)) {
                continue;
            }
            Matcher m = regexes.get(r).matcher(trimmed);
            boolean any = false;
            if (anchored.get(r)) {
                // A ^-anchored pattern can only match at 0: one attempt instead of a scan.
                if (m.lookingAt() && m.end() > 0) {
                    hits++;
                    first = first == null ? regexRules.get(r) : first;
                    java.util.Arrays.fill(covered, 0, Math.min(m.end(), length), true);
                }
                continue;
            }
            while (m.find()) {
                if (m.end() > m.start()) {
                    any = true;
                    java.util.Arrays.fill(covered, Math.min(m.start(), length), Math.min(m.end(), length), true);
                } else if (m.end() >= trimmed.length()) {
                    break;
                }
            }
            if (any) {
                hits++;
                first = first == null ? regexRules.get(r) : first;
            }
        }
        if (hits == 0) {
            return Optional.empty();
        }
        if (hits >= 2) {
            return Optional.of(first);
        }
        if (isProse(trimmed)) {
            return Optional.empty();
        }
        int coveredCount = 0;
        int nonSpace = 0;
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(lower.charAt(i))) {
                nonSpace++;
                if (covered[i]) {
                    coveredCount++;
                }
            }
        }
        return nonSpace > 0 && coveredCount >= MIN_COVERAGE * nonSpace ? Optional.of(first) : Optional.empty();
    }

    static boolean isProse(String line) {
        if (line.codePointCount(0, line.length()) < PROSE_MIN_CODE_POINTS) {
            return false;
        }
        int last = line.codePointBefore(line.length());
        // Allow a closing quote or bracket after the terminal punctuation.
        if ("”’\"'」』)）".indexOf(last) >= 0 && line.length() > 1) {
            last = line.codePointBefore(line.length() - Character.charCount(last));
        }
        return "。！？.!?…；;".indexOf(last) >= 0;
    }

    private static BoilerplateRules load() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/taoxi/filters/html/" + RESOURCE);
            }
            StringBuilder text = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    text.append(line).append('\n');
                }
            }
            return parse(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading io/taoxi/filters/html/" + RESOURCE, e);
        }
    }
}
