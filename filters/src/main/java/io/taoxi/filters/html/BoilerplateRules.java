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
 *   <li>{@code line_regex}: a case-insensitive Java regex found anywhere in the line;</li>
 *   <li>{@code section_exact}: like {@code line_exact}; a heading that matches also opens a
 *       boilerplate section ({@link #opensBoilerplateSection}).</li>
 * </ul>
 *
 * <p>Speed: one Aho–Corasick pass over the case-folded line finds which {@code line_contains}
 * patterns occur and which regexes can match at all (each regex's required literals, from
 * {@link RequiredLiterals}); only those regexes run.
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

    private static final BoilerplateRules DEFAULTS = load();

    /** One parsed rule. */
    public record Rule(String lang, String kind, String pattern, String comment) {}

    private final List<Rule> rules;
    private final Map<String, Rule> exact;
    private final Map<String, Rule> sections;
    private final boolean[] regexAlwaysRun;
    private final AhoCorasick prefilter;
    private final List<Rule> containsRules;
    private final List<Pattern> regexes;
    private final List<Rule> regexRules;
    private final List<Boolean> anchored;
    private final int[] containsNeeds;
    private final int[] regexNeeds;

    private static final int NEEDS_NOTHING = 0;
    private static final int NEEDS_HAN = 1;
    private static final int NEEDS_KANA = 2;
    private static final int NEEDS_HAN_OR_KANA = 32;
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

    private static boolean satisfied(int need, int scripts) {
        return switch (need) {
            case NEEDS_NOTHING -> true;
            case NEEDS_HAN_OR_KANA -> (scripts & (NEEDS_HAN | NEEDS_KANA)) != 0;
            default -> (scripts & need) != 0;
        };
    }

    private BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> exactRules = new HashMap<>();
        Map<String, Rule> sectionRules = new HashMap<>();
        List<Rule> contains = new ArrayList<>();
        List<Pattern> compiled = new ArrayList<>();
        List<Rule> regexOwners = new ArrayList<>();
        List<Boolean> anchoredFlags = new ArrayList<>();
        for (Rule rule : rules) {
            switch (rule.kind()) {
                case "line_exact" -> exactRules.putIfAbsent(fold(rule.pattern()), rule);
                case "section_exact" -> sectionRules.putIfAbsent(fold(rule.pattern()), rule);
                case "line_contains" -> contains.add(
                        new Rule(rule.lang(), rule.kind(), fold(rule.pattern()), rule.comment()));
                case "line_regex" -> {
                    compiled.add(Pattern.compile(rule.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    regexOwners.add(rule);
                    anchoredFlags.add(rule.pattern().startsWith("^"));
                }
                default -> throw new IllegalArgumentException("unknown rule kind: " + rule.kind());
            }
        }
        this.exact = Map.copyOf(exactRules);
        this.sections = Map.copyOf(sectionRules);
        this.containsRules = List.copyOf(contains);
        this.regexes = List.copyOf(compiled);
        this.regexRules = List.copyOf(regexOwners);
        this.anchored = List.copyOf(anchoredFlags);
        this.containsNeeds = containsRules.stream().mapToInt(r -> needs(r.lang())).toArray();
        this.regexNeeds = regexRules.stream().mapToInt(r -> needs(r.lang())).toArray();

        // Prefilter: one Aho-Corasick automaton over every contains pattern and over the literals
        // that each regex needs (any one of its literal alternatives must occur in the folded line).
        List<String> literals = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();
        this.regexAlwaysRun = new boolean[regexes.size()];
        for (int c = 0; c < containsRules.size(); c++) {
            literals.add(containsRules.get(c).pattern());
            owners.add(new int[] {c});
        }
        int regexBase = containsRules.size();
        for (int r = 0; r < regexRules.size(); r++) {
            List<String> required = RequiredLiterals.of(regexRules.get(r).pattern());
            if (required == null) {
                regexAlwaysRun[r] = true;
                continue;
            }
            for (String literal : required) {
                literals.add(fold(literal));
                owners.add(new int[] {regexBase + r});
            }
        }
        this.prefilter = new AhoCorasick(literals, owners, regexBase + regexRules.size());
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
            if (!kind.equals("line_exact") && !kind.equals("line_contains") && !kind.equals("line_regex")
                    && !kind.equals("section_exact")) {
                throw new IllegalArgumentException("boilerplate rules line " + (i + 1) + ": kind '" + kind
                        + "' is not one of line_exact, line_contains, line_regex, section_exact");
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
        return Optional.ofNullable(decide(line));
    }

    /**
     * True when {@code heading} opens a section that is boilerplate as a whole (a
     * {@code section_exact} rule: "Return policy", 售后保障...): the caller drops the heading and
     * the blocks under it up to the next heading. Such headings are also {@link #isBoilerplate}.
     */
    public boolean opensBoilerplateSection(String heading) {
        if (heading == null || sections.isEmpty()) {
            return false;
        }
        String core = stripEdges(fold(heading.strip()));
        return sections.containsKey(core);
    }

    private Rule decide(String line) {
        if (line == null) {
            return null;
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        // One pass: case fold (length-preserving, so match offsets line up) and script flags.
        int length = trimmed.length();
        char[] folded = new char[length];
        int scripts = 0;
        for (int i = 0; i < length; i++) {
            char ch = trimmed.charAt(i);
            folded[i] = foldChar(ch);
            if (ch < 0x80) {
                if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
                    scripts |= NEEDS_LATIN;
                }
            } else if (ch == 0xA9) {
                scripts |= NEEDS_LATIN; // ©: English copyright rules
            } else if (!Character.isSurrogate(ch)) {
                scripts |= scriptBit(ch);
            } else if (Character.isHighSurrogate(ch) && i + 1 < length) {
                scripts |= scriptBit(Character.toCodePoint(ch, trimmed.charAt(i + 1)));
            }
        }
        String lower = new String(folded);
        String core = stripEdges(lower);
        Rule exactHit = exact.get(core);
        if (exactHit == null) {
            exactHit = sections.get(core);
        }
        if (exactHit != null) {
            return exactHit;
        }
        java.util.BitSet candidates = prefilter.scan(folded);
        boolean[] covered = null;
        int hits = 0;
        Rule first = null;
        for (int c = candidates.nextSetBit(0); c >= 0 && c < containsRules.size(); c = candidates.nextSetBit(c + 1)) {
            if (!satisfied(containsNeeds[c], scripts)) {
                continue;
            }
            Rule rule = containsRules.get(c);
            hits++;
            first = first == null ? rule : first;
            covered = covered == null ? new boolean[length] : covered;
            for (int from = lower.indexOf(rule.pattern()); from >= 0; from = lower.indexOf(rule.pattern(), from + 1)) {
                java.util.Arrays.fill(covered, from, from + rule.pattern().length(), true);
            }
        }
        int regexBase = containsRules.size();
        for (int r = 0; r < regexes.size(); r++) {
            if (!regexAlwaysRun[r] && !candidates.get(regexBase + r)) {
                continue;
            }
            if (!satisfied(regexNeeds[r], scripts)) {
                continue;
            }
            Matcher m = regexes.get(r).matcher(trimmed);
            if (anchored.get(r)) {
                // A ^-anchored pattern can only match at 0: one attempt instead of a scan.
                if (m.lookingAt() && m.end() > 0) {
                    hits++;
                    first = first == null ? regexRules.get(r) : first;
                    covered = covered == null ? new boolean[length] : covered;
                    java.util.Arrays.fill(covered, 0, Math.min(m.end(), length), true);
                }
                continue;
            }
            boolean any = false;
            while (m.find()) {
                if (m.end() > m.start()) {
                    any = true;
                    covered = covered == null ? new boolean[length] : covered;
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
            return null;
        }
        if (hits >= 2) {
            return first;
        }
        if (isProse(trimmed)) {
            return null;
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
        return nonSpace > 0 && coveredCount >= MIN_COVERAGE * nonSpace ? first : null;
    }

    /** Simple case folding, one char for one char (what a UNICODE_CASE regex treats as equal). */
    static char foldChar(char ch) {
        if (ch < 0x80) {
            return ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        if (ch >= 0x3040 && ch <= 0x9FFF || ch >= 0xAC00 && ch <= 0xD7A3) {
            return ch; // kana, CJK symbols and ideographs, Hangul syllables: no case (ExtractorFastPathsTest checks)
        }
        return Character.toLowerCase(Character.toUpperCase(ch));
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    private static int scriptBit(int cp) {
        // Fast answers for the ranges most text is made of (each wholly of one script, or of Common and
        // Inherited only); UnicodeScript.of is a binary search.
        if (cp >= 0x4E00 && cp <= 0x9FA5) {
            return NEEDS_HAN;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return NEEDS_HANGUL;
        }
        if (cp >= 0x3041 && cp <= 0x3096 || cp >= 0x30A1 && cp <= 0x30FA) {
            return NEEDS_KANA;
        }
        if (cp >= 0x2000 && cp <= 0x206F || cp >= 0x3000 && cp <= 0x3004 || cp >= 0x3008 && cp <= 0x3011
                || cp >= 0xFF01 && cp <= 0xFF20) {
            return 0; // general punctuation, CJK punctuation and brackets, full-width ASCII punctuation and digits
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN -> NEEDS_HAN;
            case HIRAGANA, KATAKANA -> NEEDS_KANA;
            case HANGUL -> NEEDS_HANGUL;
            case LATIN -> NEEDS_LATIN;
            case CYRILLIC -> NEEDS_CYRILLIC;
            default -> 0;
        };
    }

    /** Strips surrounding whitespace and separator punctuation (the {@code line_exact} comparison form). */
    static String stripEdges(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isEdge(s.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isEdge(char c) {
        if (c < 0x80) {
            return c <= ' ' || (c > ' ' && c < '0') || (c > '9' && c < 'A') || (c > 'Z' && c < 'a') || c > 'z';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || EDGE_CHARS.indexOf(c) >= 0;
    }

    private static final String EDGE_CHARS = "：｜＞»›«‹·•・—–【】（）「」『』";

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
