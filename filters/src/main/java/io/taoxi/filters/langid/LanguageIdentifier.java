package io.taoxi.filters.langid;

import com.ibm.icu.lang.UScript;
import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Operator {@value #NAME}: language of a document, script first. Writes {@code lang}, {@code lang_score},
 * {@code lang_scripts}, {@code lang_mixed}. Not thread-safe: build one per task/thread (it holds a Kuromoji
 * tokenizer); the n-gram profiles and character tables behind it are immutable and shared per JVM.
 *
 * <p>Decision order for one block of text (docs/langid.md has the tables):
 * <ol>
 *   <li>letters are counted per script; a CJK character weighs 3 letters; the dominant script group decides the
 *       path, and its weighted share multiplies the score;</li>
 *   <li>Hangul ≥ 20% of CJK letters (and ≥ kana) → {@code ko}; kana with hiragana ≥ 10%, or kana without Chinese
 *       function characters → {@code ja}; Han → {@link HanClassifier} ({@code zh-Hans}/{@code zh-Hant}/{@code yue}/
 *       kanji-only {@code ja});</li>
 *   <li>single-language scripts map directly (Thai → th, Lao → lo, Khmer → km, Myanmar → my, Bengali → bn, Greek →
 *       el, Hebrew → he, Georgian → ka, Armenian → hy, Tamil → ta, Telugu → te, Kannada → kn, Malayalam → ml,
 *       Gujarati → gu, Gurmukhi → pa, Sinhala → si, Ethiopic → am, Tibetan → bo, Oriya → or);</li>
 *   <li>shared alphabets (Latin, Cyrillic, Arabic, Devanagari) → {@link AlphabetClassifier};</li>
 *   <li>no letters → {@code und} with score 0.</li>
 * </ol>
 *
 * <p>Documents: at most {@link Spec#maxSampleChars} characters are read (evenly spaced windows cut at line
 * starts), so time is bounded on any input. Lines with at least {@link Spec#minLineLetters} weighted letters vote
 * (up to {@link Spec#maxLines}); zh-Hans/zh-Hant/yue vote as one family. The document label is the block decision
 * on the lines of the majority family; {@code lang_mixed} is true when the other families hold at least
 * {@link Spec#mixedLineShare} of the voting weight. Code documents ({@code source} {@code code}, or a content
 * type of source code) are not identified: {@code lang = "code"}, score 1, scripts still reported.
 *
 * <p>Examples: {@code 今天天气很好} → zh-Hans; {@code 今天天氣很好} → zh-Hant; {@code 佢哋今日唔嚟} → yue;
 * {@code 東京大学医学部附属病院} → ja; {@code 한국어 문장} → ko; {@code The cat sat on the mat} → en.
 */
public final class LanguageIdentifier implements SignalOperator {
    public static final String NAME = "langid_v1";
    public static final String UNDETERMINED = "und";
    public static final String CODE = "code";

    public static final List<SignalColumn> COLUMNS = List.of(
            new SignalColumn("lang", SignalColumn.Type.STRING, "language label (BCP 47 style: zh-Hans, zh-Hant, yue, "
                    + "ja, ko, en, …; und when no letters; code for source code)"),
            new SignalColumn("lang_score", SignalColumn.Type.DOUBLE, "confidence of lang in [0,1]"),
            new SignalColumn("lang_scripts", SignalColumn.Type.STRING,
                    "letter shares per ISO 15924 script, largest first, e.g. Hani:0.82,Latn:0.18"),
            new SignalColumn("lang_mixed", SignalColumn.Type.BOOLEAN,
                    "true when lines of other language families hold at least mixedLineShare of the text"));

    /**
     * Config record.
     *
     * @param maxSampleChars characters read per document at most (default 8192; 256–1,048,576)
     * @param maxLines lines that vote at most (default 64; 1–10,000)
     * @param minLineLetters weighted letters a line needs to vote; a CJK character counts 3 (default 12; 1–1000)
     * @param mixedLineShare voting weight of other families that makes a document mixed (default 0.2; (0, 0.5])
     * @param japaneseDictionaryCheck confirm kanji-only Japanese with Kuromoji's dictionary (default true)
     * @param minScore score below which {@link #threshold} gives {@code und} (default 0: keep every label)
     * @param minScoreByLang per-label minimum scores that override {@code minScore} (default none)
     */
    public record Spec(int maxSampleChars, int maxLines, int minLineLetters, double mixedLineShare,
                       boolean japaneseDictionaryCheck, double minScore, Map<String, Double> minScoreByLang)
            implements java.io.Serializable {
        public Spec {
            if (maxSampleChars < 256 || maxSampleChars > 1 << 20) {
                throw new IllegalArgumentException("maxSampleChars must be in [256, 1048576], got " + maxSampleChars);
            }
            if (maxLines < 1 || maxLines > 10_000) {
                throw new IllegalArgumentException("maxLines must be in [1, 10000], got " + maxLines);
            }
            if (minLineLetters < 1 || minLineLetters > 1000) {
                throw new IllegalArgumentException("minLineLetters must be in [1, 1000], got " + minLineLetters);
            }
            if (!(mixedLineShare > 0 && mixedLineShare <= 0.5)) {
                throw new IllegalArgumentException("mixedLineShare must be in (0, 0.5], got " + mixedLineShare);
            }
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new IllegalArgumentException("minScore must be in [0, 1], got " + minScore);
            }
            minScoreByLang = minScoreByLang == null ? Map.of() : Map.copyOf(minScoreByLang);
            for (Map.Entry<String, Double> e : minScoreByLang.entrySet()) {
                if (e.getValue() == null || !(e.getValue() >= 0 && e.getValue() <= 1)) {
                    throw new IllegalArgumentException(
                            "minScoreByLang." + e.getKey() + " must be in [0, 1], got " + e.getValue());
                }
            }
        }

        public static Spec defaults() {
            return new Spec(8192, 64, 12, 0.2, true, 0.0, Map.of());
        }

        /** The label after the minimum scores: {@code lang} or {@code und}. */
        public String threshold(String lang, double score) {
            if (CODE.equals(lang) || UNDETERMINED.equals(lang)) {
                return lang;
            }
            return score >= minScoreByLang.getOrDefault(lang, minScore) ? lang : UNDETERMINED;
        }
    }

    /** Result of {@link #identify}: label, confidence, script shares, mixed flag, majority's share of votes. */
    public record Result(String label, double score, String scripts, boolean mixed, double majorityShare) {
    }

    private record Block(String label, double score) {
    }

    private final Spec spec;
    private final HanClassifier han;
    private final AlphabetClassifier alphabets = new AlphabetClassifier();

    public LanguageIdentifier(Spec spec) {
        this.spec = spec;
        this.han = new HanClassifier(spec.japaneseDictionaryCheck());
    }

    public LanguageIdentifier() {
        this(Spec.defaults());
    }

    public Spec spec() {
        return spec;
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
        Result r = isCode(doc) ? codeResult(doc.text()) : identify(doc.text());
        return new Object[] {r.label(), r.score(), r.scripts(), r.mixed()};
    }

    /** True for documents whose source or content type says source code; LID is skipped for them. */
    public static boolean isCode(Doc doc) {
        if ("code".equalsIgnoreCase(doc.source())) {
            return true;
        }
        String type = doc.contentType() == null ? "" : doc.contentType().toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            type = type.substring(0, semicolon).strip();
        }
        return type.startsWith("text/x-") && !type.equals("text/x-markdown")
                || type.equals("application/javascript") || type.equals("text/javascript")
                || type.equals("text/css") || type.equals("application/json") || type.equals("application/x-sh")
                || type.equals("application/x-python") || type.equals("application/java-archive")
                || type.equals("application/x-httpd-php") || type.equals("application/typescript");
    }

    private Result codeResult(String text) {
        return new Result(CODE, 1.0, ScriptCounts.of(sample(text)).shares(4), false, 1.0);
    }

    /** Identifies one text (a line, a sentence or a document); never throws, time bounded by maxSampleChars. */
    public Result identify(String text) {
        String sample = sample(text == null ? "" : text);
        ScriptCounts all = ScriptCounts.of(sample);
        String scripts = all.shares(4);
        if (all.letters() == 0) {
            return new Result(UNDETERMINED, 0.0, scripts, false, 1.0);
        }
        List<String> lines = votingLines(sample);
        if (lines.size() <= 1) {
            Block b = block(sample, all);
            return new Result(b.label(), b.score(), scripts, false, 1.0);
        }
        Map<String, Double> weightByFamily = new HashMap<>();
        List<String> familyOfLine = new ArrayList<>(lines.size());
        double total = 0;
        for (String line : lines) {
            ScriptCounts counts = ScriptCounts.of(line);
            Block b = block(line, counts);
            String family = family(b.label());
            familyOfLine.add(family);
            if (!family.equals(UNDETERMINED)) {
                weightByFamily.merge(family, counts.weightedTotal(), Double::sum);
                total += counts.weightedTotal();
            }
        }
        if (weightByFamily.size() <= 1) {
            Block b = block(sample, all);
            return new Result(b.label(), b.score(), scripts, false, 1.0);
        }
        String majority = null;
        double best = -1;
        for (Map.Entry<String, Double> e : weightByFamily.entrySet()) {
            if (e.getValue() > best || (e.getValue() == best && e.getKey().compareTo(majority) < 0)) {
                best = e.getValue();
                majority = e.getKey();
            }
        }
        StringBuilder majorityText = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (familyOfLine.get(i).equals(majority)) {
                majorityText.append(lines.get(i)).append('\n');
            }
        }
        Block b = block(majorityText, ScriptCounts.of(majorityText));
        double share = best / total;
        return new Result(b.label(), b.score(), scripts, 1.0 - share >= spec.mixedLineShare(), share);
    }

    private static String family(String label) {
        return label.equals("zh-Hans") || label.equals("zh-Hant") || label.equals("yue") ? "zh" : label;
    }

    private List<String> votingLines(String sample) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= sample.length() && out.size() < spec.maxLines()) {
            int end = sample.indexOf('\n', start);
            if (end < 0) {
                end = sample.length();
            }
            String line = sample.substring(start, end).strip();
            if (!line.isEmpty() && ScriptCounts.of(line).weightedTotal() >= spec.minLineLetters()) {
                out.add(line);
            }
            start = end + 1;
        }
        return out;
    }

    /** At most maxSampleChars characters: the whole text, or evenly spaced windows starting at line starts. */
    String sample(String text) {
        int max = spec.maxSampleChars();
        if (text.length() <= max) {
            return text;
        }
        int windows = 8;
        int window = max / windows;
        StringBuilder out = new StringBuilder(max + windows);
        long stride = (text.length() - (long) window) / (windows - 1);
        for (int w = 0; w < windows; w++) {
            int from = (int) Math.min(text.length() - window, w * stride);
            int newline = text.indexOf('\n', from);
            if (w > 0 && newline >= 0 && newline < from + window / 2) {
                from = newline + 1;
            }
            int to = Math.min(text.length(), from + window);
            if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                from++;
            }
            if (to < text.length() && to > from && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                out.append(text, from, to).append('\n');
            }
        }
        return out.toString();
    }

    private Block block(CharSequence text, ScriptCounts counts) {
        int group = counts.dominantGroup();
        if (group < 0) {
            return new Block(UNDETERMINED, 0.0);
        }
        double share = counts.groupShare(group);
        if (group == UScript.HAN) {
            Block b = cjk(text, counts);
            return new Block(b.label(), b.score() * share);
        }
        String direct = switch (group) {
            case UScript.THAI -> "th";
            case UScript.LAO -> "lo";
            case UScript.KHMER -> "km";
            case UScript.MYANMAR -> "my";
            case UScript.BENGALI -> "bn";
            case UScript.GREEK -> "el";
            case UScript.HEBREW -> "he";
            case UScript.GEORGIAN -> "ka";
            case UScript.ARMENIAN -> "hy";
            case UScript.TAMIL -> "ta";
            case UScript.TELUGU -> "te";
            case UScript.KANNADA -> "kn";
            case UScript.MALAYALAM -> "ml";
            case UScript.GUJARATI -> "gu";
            case UScript.GURMUKHI -> "pa";
            case UScript.SINHALA -> "si";
            case UScript.ETHIOPIC -> "am";
            case UScript.TIBETAN -> "bo";
            case UScript.ORIYA -> "or";
            default -> null;
        };
        if (direct != null) {
            return new Block(direct, share);
        }
        AlphabetClassifier.Alphabet alphabet = switch (group) {
            case UScript.LATIN -> AlphabetClassifier.Alphabet.LATIN;
            case UScript.CYRILLIC -> AlphabetClassifier.Alphabet.CYRILLIC;
            case UScript.ARABIC -> AlphabetClassifier.Alphabet.ARABIC;
            case UScript.DEVANAGARI -> AlphabetClassifier.Alphabet.DEVANAGARI;
            default -> null;
        };
        if (alphabet == null) {
            return new Block(UNDETERMINED, 0.0);
        }
        AlphabetClassifier.Decision d = alphabets.classify(text.toString(), alphabet);
        return new Block(d.label(), d.score() * share);
    }

    private Block cjk(CharSequence text, ScriptCounts counts) {
        int hangul = counts.hangul();
        int kana = counts.hiragana() + counts.katakana();
        int hanCount = counts.han();
        int cjk = hangul + kana + hanCount + counts.get(UScript.BOPOMOFO);
        if (hangul > 0 && hangul >= kana && hangul >= 0.2 * cjk) {
            return new Block("ko", Math.min(1.0, 0.5 + hangul / (double) cjk));
        }
        if (kana > 0) {
            boolean hiraganaRich = counts.hiragana() >= 0.1 * (hanCount + kana);
            if (hiraganaRich || chineseFunctionWeight(text) < 1.0) {
                return new Block("ja", Math.min(1.0, 0.6 + 2.0 * kana / (hanCount + kana)));
            }
        }
        if (hanCount == 0) {
            return new Block(UNDETERMINED, 0.0);
        }
        HanClassifier.Decision d = han.classify(text);
        return new Block(d.label(), d.score());
    }

    private static double chineseFunctionWeight(CharSequence text) {
        HanTables tables = HanTables.get();
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            Double f = tables.chineseFunction.get((int) text.charAt(i));
            if (f != null) {
                w += f;
            }
        }
        return w;
    }
}
