package io.taoxi.filters.toxicity;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operator: toxicity signals from term lists ({@link ToxicityLexicon}), name {@code toxicity_lexicon_v1}.
 *
 * <h2>Columns</h2>
 * <ul>
 *   <li>{@code toxicity_score} (double): sum of hit weights per 1,000 characters (code points) of text;
 *   <li>{@code toxicity_line_share} (double): share of non-blank lines with at least one hit (ChineseWebText
 *       drops documents above 0.5 sensitive words per line; compare that rule with this share);
 *   <li>{@code toxicity_hits} (long): number of hits;
 *   <li>{@code toxicity_top_category} (string): category with the largest weight sum, {@code ""} without hits.
 * </ul>
 *
 * <h2>Matching</h2>
 * Text and terms are folded alike (NFKC + case folding, Traditional → Simplified; {@link HanFold}), then
 * matched on a skeleton that drops spaces, punctuation and symbols of up to {@code maxGapChars} between two
 * letters ({@link TextView}), leftmost-longest. A candidate is then checked by its script:
 * <ul>
 *   <li>Latin terms need word boundaries; a few inflection suffixes are allowed ({@code idiots},
 *       {@code fucking}); a match across spaces needs pieces of at most two letters ({@code f u c k},
 *       {@code fu ck}), so {@code "pass hit"} never reads as {@code shit};
 *   <li>Han and kana terms written without separators are checked against the segmenter of their list
 *       (SmartCN, Kuromoji): a match is discarded when a token of two or more characters runs across its
 *       start or end (操 in 操作, 代开 in 替代开发, バカ in バカンス), and a one-character term must be a
 *       token of its own. Nori splits unknown slang at odd places (병|신아), so a Hangul match is discarded
 *       only when one longer Nori token contains it whole (시발 in 시발점). Matches with separators inside (沙*雕, 傻 逼) are obfuscation and are kept;
 *       Hangul across spaces must start a word;
 *   <li>any match overlapping an {@code allow} entry of the active lists is discarded (尼玛县, Scunthorpe).
 * </ul>
 *
 * <h2>Examples</h2>
 * <pre>
 * zh-Hans "你就是个沙*雕"          → 1 hit  hate_insult
 * zh-Hans "欢迎来到尼玛县旅游"      → 0 hits (allow: 尼玛县)
 * zh-Hans "请先学会操作系统"        → 0 hits (操 inside the token 操作)
 * en      "F.U.C.K this"          → 1 hit  hate_insult
 * en      "Scunthorpe United won" → 0 hits
 * ja      "夏のバカンスが楽しみ"     → 0 hits
 * ko      "시발점으로 돌아가자"      → 0 hits
 * </pre>
 *
 * <h2>Which lists apply</h2>
 * {@code zh*} → zh-Hans and zh-Hant (they fold to the same text); {@code ja}, {@code ko}, {@code en} → their
 * list; another language → a list with exactly its name if one exists; the empty language (not identified)
 * → every list. The {@code alwaysLists} of the Spec (default {@code any}) apply to every document.
 *
 * <h2>Known weaknesses</h2>
 * Homophone and pinyin obfuscation is caught only where a list spells the variant out; a term split by more
 * than {@code maxGapChars} separators, or by letters (傻x逼), is missed; character substitution
 * ({@code f*ck}) needs a listed variant ({@code fck}); SmartCN sometimes glues a one-character term to its
 * neighbour, which then is not counted; meaning is ignored (quoted, reported or negated insults count).
 */
public final class LexiconScorer implements SignalOperator {
    public static final String NAME = "toxicity_lexicon_v1";
    public static final List<SignalColumn> COLUMNS = List.of(
            new SignalColumn("toxicity_score", SignalColumn.Type.DOUBLE,
                    "sum of lexicon hit weights per 1,000 characters"),
            new SignalColumn("toxicity_line_share", SignalColumn.Type.DOUBLE,
                    "share of non-blank lines with at least one lexicon hit"),
            new SignalColumn("toxicity_hits", SignalColumn.Type.LONG, "number of lexicon hits"),
            new SignalColumn("toxicity_top_category", SignalColumn.Type.STRING,
                    "category with the largest weight sum; empty without hits"));

    /** Latin inflections accepted after a Latin term ({@code idiot} + {@code s}). */
    private static final Set<String> LATIN_SUFFIXES =
            Set.of("s", "es", "ed", "d", "ing", "er", "ers", "est", "y", "ty", "ies");
    /** Around a hit, a line longer than this is segmented only in a window of this many chars each side. */
    private static final int SEGMENT_WINDOW_CHARS = 64;

    /**
     * Spec. {@code lexiconDirectory}: a folder of {@code *.tsv} lists that replaces the bundled lists
     * entirely (null or empty: the bundled copies of {@code conf/lexicons/toxicity/}). {@code alwaysLists}:
     * lists applied to every document whatever its language (default {@code [any]}). {@code maxGapChars}:
     * the most separators (spaces, punctuation, symbols) tolerated between two letters of a term (default 3,
     * range 0–8).
     */
    public record Spec(String lexiconDirectory, List<String> alwaysLists, int maxGapChars) implements java.io.Serializable {
        public Spec {
            alwaysLists = alwaysLists == null ? List.of("any") : List.copyOf(alwaysLists);
            if (maxGapChars < 0 || maxGapChars > 8) {
                throw new IllegalArgumentException("toxicity.max_gap_chars must be in [0, 8], got " + maxGapChars);
            }
            if (lexiconDirectory != null && lexiconDirectory.isBlank()) {
                lexiconDirectory = null;
            }
        }

        public static Spec defaults() {
            return new Spec(null, List.of("any"), 3);
        }
    }

    /** One accepted match: {@code start}/{@code end} are char offsets in the original text. */
    public record Hit(String term, String matched, String category, double weight, String list, int start, int end) {
    }

    private enum Script { LATIN, HAN, KANA, HANGUL }

    /** {@code spaceBefore[k]}: the term itself has whitespace before its k-th letter ("shut up"). */
    private record Target(ToxicityLexicon.Entry entry, boolean[] spaceBefore, Script script,
            Segmentation segmentation) {
    }

    private record Candidate(int end, Target target) {
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        final List<Target> targets = new ArrayList<>(1);
    }

    private final Spec spec;
    private final ToxicityLexicon lexicon;
    private final Map<String, Node> triesByListSet = new ConcurrentHashMap<>();

    public LexiconScorer(Spec spec) {
        this(spec, spec.lexiconDirectory() == null ? ToxicityLexicon.bundled()
                : ToxicityLexicon.load(Path.of(spec.lexiconDirectory())));
    }

    /** With lists already loaded (tests, or a caller that parsed them itself). */
    public LexiconScorer(Spec spec, ToxicityLexicon lexicon) {
        this.spec = spec;
        this.lexicon = lexicon;
        for (String name : spec.alwaysLists()) {
            if (!lexicon.lists().containsKey(name)) {
                throw new IllegalArgumentException("toxicity.always_lists names a list that is not loaded: " + name
                        + " (loaded: " + lexicon.lists().keySet() + ")");
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SignalColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Object[] compute(Doc doc) {
        String text = doc.text();
        List<Hit> hits = hits(doc);
        double weight = 0;
        Map<String, Double> byCategory = new TreeMap<>();
        int[] lineStarts = lineStarts(text);
        Set<Integer> hitLines = new LinkedHashSet<>();
        for (Hit hit : hits) {
            weight += hit.weight();
            byCategory.merge(hit.category(), hit.weight(), Double::sum);
            hitLines.add(lineOf(lineStarts, hit.start()));
        }
        int chars = text.codePointCount(0, text.length());
        double score = chars == 0 ? 0.0 : weight * 1000.0 / chars;
        int lines = nonBlankLines(text, lineStarts);
        double share = lines == 0 ? 0.0 : (double) hitLines.size() / lines;
        String top = byCategory.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
        return new Object[] {score, share, (long) hits.size(), top};
    }

    /** The accepted hits, in text order (for golden tests and the sample browser). */
    public List<Hit> hits(Doc doc) {
        String text = doc.text();
        if (text.isEmpty()) {
            return List.of();
        }
        Node trie = trieFor(doc.lang());
        TextView view = new TextView(text, spec.maxGapChars());
        int n = view.skeletonLength;
        char[] sk = view.skeleton;
        boolean[] allowed = new boolean[n];
        for (int i = 0; i < n; i++) {
            Node node = trie;
            for (int j = i; j < n && node != null; j++) {
                node = node.children.get(sk[j]);
                if (node == null) {
                    break;
                }
                for (Target t : node.targets) {
                    if (t.entry().allow()) {
                        for (int k = i; k <= j; k++) {
                            allowed[k] = true;
                        }
                    }
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        Map<Long, int[]> tokenCache = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < n) {
            candidates.clear();
            Node node = trie;
            for (int j = i; j < n; j++) {
                node = node.children.get(sk[j]);
                if (node == null) {
                    break;
                }
                for (Target t : node.targets) {
                    if (!t.entry().allow()) {
                        candidates.add(new Candidate(j + 1, t));
                    }
                }
            }
            int accepted = -1;
            if (!candidates.isEmpty()) {
                // Longest first; among equal lengths, the earlier entry of the lists.
                candidates.sort(Comparator.comparingInt(Candidate::end).reversed());
                for (int c = 0; c < candidates.size() && accepted < 0; c++) {
                    int end = candidates.get(c).end();
                    Target target = candidates.get(c).target();
                    if (valid(view, i, end, target, allowed, tokenCache)) {
                        int os = view.originalStart(i);
                        int oe = view.originalEnd(end - 1);
                        ToxicityLexicon.Entry e = target.entry();
                        hits.add(new Hit(e.term(), text.substring(os, oe), e.category(), e.weight(), e.list(), os, oe));
                        accepted = end;
                    }
                }
            }
            i = accepted > 0 ? accepted : i + 1;
        }
        return hits;
    }

    private boolean valid(TextView v, int s, int e, Target target, boolean[] allowed, Map<Long, int[]> tokenCache) {
        for (int k = s; k < e; k++) {
            if (allowed[k]) {
                return false;
            }
        }
        boolean gapInside = false;
        boolean whitespaceInside = false;
        for (int k = s + 1; k < e; k++) {
            gapInside |= v.gapBefore[k];
            whitespaceInside |= v.whitespaceGapBefore[k] && !target.spaceBefore()[k - s];
        }
        String folded = v.folded;
        int foldedStart = v.skeletonToFolded[s];
        int foldedEnd = v.skeletonToFolded[e - 1] + 1;
        if (target.script() == Script.LATIN) {
            if (foldedStart > 0 && isLatinWordChar(folded.charAt(foldedStart - 1))) {
                return false;
            }
            int k = foldedEnd;
            while (k < folded.length() && isLatinWordChar(folded.charAt(k))) {
                k++;
            }
            if (k > foldedEnd && !LATIN_SUFFIXES.contains(folded.substring(foldedEnd, k))) {
                return false;
            }
            return !whitespaceInside || piecesShort(v, s, e);
        }
        if (whitespaceInside && target.script() == Script.HANGUL) {
            boolean wordStart = foldedStart == 0 || !Character.isLetterOrDigit(folded.charAt(foldedStart - 1));
            return wordStart && piecesShort(v, s, e);
        }
        if (gapInside) {
            return true; // written with separators inside: obfuscation, not a compound word
        }
        return segmentationAgrees(v, s, e, target, tokenCache);
    }

    /** Every piece between whitespace gaps has at most two letters ("f u c k", "fu ck"). */
    private static boolean piecesShort(TextView v, int s, int e) {
        int piece = 0;
        for (int k = s; k < e; k++) {
            if (k > s && v.whitespaceGapBefore[k]) {
                piece = 0;
            }
            if (++piece > 2) {
                return false;
            }
        }
        return true;
    }

    private boolean segmentationAgrees(TextView v, int s, int e, Target target, Map<Long, int[]> tokenCache) {
        String text = v.original;
        int os = v.originalStart(s);
        int oe = v.originalEnd(e - 1);
        int lineStart = text.lastIndexOf('\n', os - 1) + 1;
        int lineEnd = text.indexOf('\n', oe);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.max(lineStart, os - SEGMENT_WINDOW_CHARS);
        int to = Math.min(lineEnd, oe + SEGMENT_WINDOW_CHARS);
        if (from > lineStart && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < lineEnd && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        Segmentation seg = target.segmentation();
        long key = ((long) seg.ordinal() << 62) | ((long) from << 31) | to;
        final int windowFrom = from;
        final int windowTo = to;
        int[] tokens = tokenCache.computeIfAbsent(key, k -> originalTokens(text, windowFrom, windowTo, seg));
        boolean single = e - s == 1;
        for (int t = 0; t < tokens.length; t += 2) {
            int ts = tokens[t];
            int te = tokens[t + 1];
            if (single) {
                if (ts == os && te == oe) {
                    return true;
                }
                continue;
            }
            if (seg == Segmentation.KOREAN) {
                // Nori splits unknown slang oddly (병|신아, 개|새끼야); only a known longer word that
                // contains the whole match (시발점 ⊃ 시발) speaks against it.
                if (ts <= os && oe <= te && te - ts > oe - os) {
                    return false;
                }
            } else if (text.codePointCount(ts, te) >= 2 && ((ts < os && os < te) || (ts < oe && oe < te))) {
                return false;
            }
        }
        return !single;
    }

    /** Tokens of {@code text[from, to)} in original offsets; Chinese is segmented on its folded form. */
    private static int[] originalTokens(String text, int from, int to, Segmentation seg) {
        String window = text.substring(from, to);
        if (seg != Segmentation.CHINESE) {
            int[] tokens = seg.tokens(window);
            for (int k = 0; k < tokens.length; k++) {
                tokens[k] += from;
            }
            return tokens;
        }
        TextView local = new TextView(window, 0);
        int[] tokens = seg.tokens(local.folded);
        int[] out = new int[tokens.length];
        int m = 0;
        for (int k = 0; k < tokens.length; k += 2) {
            if (tokens[k] >= tokens[k + 1] || tokens[k + 1] > local.folded.length()) {
                continue;
            }
            out[m++] = from + local.foldedStart[tokens[k]];
            out[m++] = from + local.foldedEnd[tokens[k + 1] - 1];
        }
        return java.util.Arrays.copyOf(out, m);
    }

    private static boolean isLatinWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private Node trieFor(String lang) {
        List<String> names = listsFor(lang);
        return triesByListSet.computeIfAbsent(String.join(",", names), k -> buildTrie(names));
    }

    /** List names that apply to a document of language {@code lang}, in a stable order. */
    public List<String> listsFor(String lang) {
        String l = lang == null ? "" : lang.strip();
        String lower = l.toLowerCase(Locale.ROOT);
        Set<String> names = new LinkedHashSet<>();
        if (l.isEmpty()) {
            names.addAll(lexicon.lists().keySet());
        } else if (lower.startsWith("zh") || lower.equals("cmn") || lower.equals("yue")) {
            names.add("zh-Hans");
            names.add("zh-Hant");
        } else {
            String base = lower.split("[-_]")[0];
            names.add(base);
            names.add(l);
        }
        names.addAll(spec.alwaysLists());
        names.removeIf(n -> !lexicon.lists().containsKey(n));
        return List.copyOf(names);
    }

    private Node buildTrie(List<String> names) {
        Node root = new Node();
        for (String name : names) {
            for (ToxicityLexicon.Entry entry : lexicon.lists().get(name)) {
                List<String> spellings = new ArrayList<>();
                spellings.add(entry.term());
                spellings.addAll(entry.variants());
                for (String spelling : spellings) {
                    String key = skeletonOf(spelling);
                    if (key.isEmpty()) {
                        continue;
                    }
                    boolean[] spaceBefore = spacesOf(spelling, key.length());
                    Node node = root;
                    for (int k = 0; k < key.length(); k++) {
                        node = node.children.computeIfAbsent(key.charAt(k), c -> new Node());
                    }
                    Script script = scriptOf(key);
                    node.targets.add(new Target(entry, spaceBefore, script, segmentationFor(name, script)));
                }
            }
        }
        return root;
    }

    /** The folded skeleton of a term: what the text's skeleton must contain. */
    static String skeletonOf(String term) {
        String folded = HanFold.fold(term);
        StringBuilder out = new StringBuilder(folded.length());
        for (int k = 0; k < folded.length(); k++) {
            if (TextView.isKept(folded.charAt(k))) {
                out.append(folded.charAt(k));
            }
        }
        return out.toString();
    }

    private static boolean[] spacesOf(String term, int keyLength) {
        String folded = HanFold.fold(term);
        boolean[] out = new boolean[keyLength];
        int k = 0;
        boolean space = false;
        for (int c = 0; c < folded.length() && k < keyLength; c++) {
            char ch = folded.charAt(c);
            if (TextView.isKept(ch)) {
                out[k++] = space;
                space = false;
            } else if (Character.isWhitespace(ch)) {
                space = true;
            }
        }
        return out;
    }

    private static Script scriptOf(String key) {
        Script script = Script.LATIN;
        for (int k = 0; k < key.length(); k++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(key.charAt(k));
            if (s == Character.UnicodeScript.HANGUL) {
                return Script.HANGUL;
            }
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                script = Script.KANA;
            } else if (s == Character.UnicodeScript.HAN && script == Script.LATIN) {
                script = Script.HAN;
            } else if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON
                    && script == Script.LATIN) {
                script = Script.HAN; // other scripts: no word-boundary rule, segmented like CJK
            }
        }
        return script;
    }

    private static Segmentation segmentationFor(String list, Script script) {
        if (list.startsWith("zh")) {
            return Segmentation.CHINESE;
        }
        if (list.equals("ja")) {
            return Segmentation.JAPANESE;
        }
        if (list.equals("ko")) {
            return Segmentation.KOREAN;
        }
        return switch (script) {
            case HANGUL -> Segmentation.KOREAN;
            case KANA -> Segmentation.JAPANESE;
            default -> Segmentation.CHINESE;
        };
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                starts.add(k + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int idx = java.util.Arrays.binarySearch(starts, offset);
        return idx >= 0 ? idx : -idx - 2;
    }

    private static int nonBlankLines(String text, int[] starts) {
        int count = 0;
        for (int k = 0; k < starts.length; k++) {
            int end = k + 1 < starts.length ? starts[k + 1] : text.length();
            if (!text.substring(starts[k], end).isBlank()) {
                count++;
            }
        }
        return count;
    }
}
