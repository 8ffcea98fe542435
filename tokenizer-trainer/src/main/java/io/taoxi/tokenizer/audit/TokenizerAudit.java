package io.taoxi.tokenizer.audit;

import com.ibm.icu.text.Transliterator;
import io.taoxi.tokenizer.audit.AuditTables.AuditResult;
import io.taoxi.tokenizer.audit.AuditTables.AuditText;
import io.taoxi.tokenizer.audit.AuditTables.CoverageRow;
import io.taoxi.tokenizer.audit.AuditTables.EfficiencyRow;
import io.taoxi.tokenizer.audit.AuditTables.JapaneseRow;
import io.taoxi.tokenizer.audit.AuditTables.ParityRow;
import io.taoxi.tokenizer.audit.AuditTables.ScriptPairRow;
import io.taoxi.tokenizer.audit.AuditTables.TokenizerInfo;
import io.taoxi.tokenizer.audit.AuditTables.VocabRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tokenizer efficiency audit (an operator: pure given its inputs; seeded bootstrap).
 *
 * <p>Inputs: named tokenizers, texts with a language, parallel sets (line-aligned sentences per language,
 * with {@code en}), and a {@link WordCounter}. Output: {@link AuditResult} — efficiency per tokenizer ×
 * language × script (bytes/token, chars/token, tokens per 1,000 chars, fertility), parity against English
 * with bootstrap intervals, Simplified ↔ Traditional pairs (ICU {@code Simplified-Traditional}), the kanji /
 * kana split of Japanese tokens, vocabulary anatomy and CJK block coverage. The sentences of the parallel
 * sets are also audited as texts of their language.
 *
 * <p>Counting rules: bytes = UTF-8 bytes of the original text; chars = code points; tokens from
 * {@link AnyTokenizer#encode} (no BOS). Scripts: characters by {@link ScriptRuns}, tokens by
 * {@link TokenScripts}, words by the script of their first letter (words with no letter count only in
 * the {@code all} row).
 */
public final class TokenizerAudit {
    /** The row label for a whole language. */
    public static final String ALL = "all";

    /**
     * @param bootstrapSamples resamples for confidence intervals (0 = no intervals)
     * @param seed             bootstrap seed
     * @param confidence       interval level, e.g. 0.95
     * @param coverage         whether to compute CJK block coverage (~100k encodes per tokenizer)
     * @param maxPairTexts     Simplified texts converted for the script-pair ratio (per language)
     */
    public record Spec(int bootstrapSamples, long seed, double confidence, boolean coverage, int maxPairTexts) {
        public Spec {
            if (bootstrapSamples < 0 || bootstrapSamples > 1_000_000) {
                throw new IllegalArgumentException("bootstrapSamples = " + bootstrapSamples + " (allowed: 0..1000000)");
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence = " + confidence + " (allowed: (0, 1))");
            }
            if (maxPairTexts < 0) {
                throw new IllegalArgumentException("maxPairTexts = " + maxPairTexts + " (allowed: >= 0)");
            }
        }

        /** 2,000 resamples, seed 20261130, 95 %, coverage on, 10,000 pair texts. */
        public static Spec defaults() {
            return new Spec(2000, 20261130L, 0.95, true, 10_000);
        }
    }

    /** Line-aligned sentences per language code; every language has the same number of lines. */
    public record ParallelSet(String name, Map<String, List<String>> sentences) {
        public ParallelSet {
            Objects.requireNonNull(name, "name");
            sentences = new LinkedHashMap<>(sentences);
            int n = -1;
            for (Map.Entry<String, List<String>> e : sentences.entrySet()) {
                if (n >= 0 && e.getValue().size() != n) {
                    throw new IllegalArgumentException("parallel set " + name + ": " + e.getKey() + " has " + e.getValue().size()
                            + " lines, the first language has " + n + " (files must be line-aligned)");
                }
                n = e.getValue().size();
            }
        }

        public int size() {
            return sentences.isEmpty() ? 0 : sentences.values().iterator().next().size();
        }
    }

    private TokenizerAudit() {}

    /** Runs the whole audit. {@code sources} names each tokenizer's file for the report (may be empty). */
    public static AuditResult run(Map<String, AnyTokenizer> tokenizers, Map<String, String> sources, List<AuditText> texts,
            List<ParallelSet> parallel, WordCounter wordCounter, Spec spec) {
        List<AuditText> all = new ArrayList<>(texts);
        for (ParallelSet p : parallel) {
            p.sentences().forEach((lang, lines) -> lines.forEach(l -> all.add(new AuditText(lang, l))));
        }
        List<Prepared> prepared = new ArrayList<>(all.size());
        Map<Integer, Long> hanCounts = new HashMap<>();
        for (AuditText t : all) {
            Prepared p = Prepared.of(t, wordCounter);
            prepared.add(p);
            for (int cp : p.cps) {
                if (CjkCoverage.Block.of(cp) != null) {
                    hanCounts.merge(cp, 1L, Long::sum);
                }
            }
        }
        List<TokenizerInfo> infos = new ArrayList<>();
        List<EfficiencyRow> efficiency = new ArrayList<>();
        List<JapaneseRow> japanese = new ArrayList<>();
        List<ParityRow> parity = new ArrayList<>();
        List<ScriptPairRow> pairs = new ArrayList<>();
        List<VocabRow> vocab = new ArrayList<>();
        List<CoverageRow> coverage = new ArrayList<>();
        for (Map.Entry<String, AnyTokenizer> e : tokenizers.entrySet()) {
            String name = e.getKey();
            AnyTokenizer tok = e.getValue();
            infos.add(new TokenizerInfo(name, tok.kind(), tok.vocabSize(), sources.getOrDefault(name, "")));
            efficiency(name, tok, prepared, efficiency, japanese);
            for (ParallelSet p : parallel) {
                parity.addAll(parity(name, tok, p, spec));
                pairs.addAll(parallelPair(name, tok, p, spec));
            }
            pairs.addAll(icuPairs(name, tok, all, spec));
            vocab.addAll(VocabularyAnatomy.of(name, tok));
            if (spec.coverage()) {
                coverage.addAll(CjkCoverage.of(name, tok, hanCounts));
            }
        }
        return new AuditResult(infos, efficiency, parity, pairs, japanese, vocab, coverage, spec);
    }

    /** A text with its code points, attributed scripts and words (computed once for all tokenizers). */
    private record Prepared(String lang, String text, int[] cps, Script[] scripts, long bytes, boolean code,
            long words, Map<Script, Long> wordsByScript) {
        static Prepared of(AuditText t, WordCounter wc) {
            int[] cps = t.text().codePoints().toArray();
            boolean code = Script.isCode(t.lang());
            Script[] scripts = ScriptRuns.attribute(cps, code);
            List<String> words = wc.words(t.text(), t.lang());
            Map<Script, Long> byScript = new EnumMap<>(Script.class);
            for (String w : words) {
                Script s = code ? Script.CODE : ScriptRuns.firstScript(w);
                if (s != Script.COMMON) {
                    byScript.merge(s, 1L, Long::sum);
                }
            }
            return new Prepared(t.lang(), t.text(), cps, scripts, t.text().getBytes(StandardCharsets.UTF_8).length, code,
                    words.size(), byScript);
        }
    }

    /** Mutable counts for one row while accumulating. */
    private static final class Acc {
        long texts;
        long chars;
        long bytes;
        long tokens;
        long words;
    }

    private static void efficiency(String name, AnyTokenizer tok, List<Prepared> texts, List<EfficiencyRow> out,
            List<JapaneseRow> japanese) {
        Map<String, Map<String, Acc>> byLang = new LinkedHashMap<>();
        for (Prepared p : texts) {
            int[] ids = tok.encode(p.text);
            Map<String, Acc> rows = byLang.computeIfAbsent(p.lang, k -> new LinkedHashMap<>());
            Acc total = rows.computeIfAbsent(ALL, k -> new Acc());
            total.texts++;
            total.chars += p.cps.length;
            total.bytes += p.bytes;
            total.tokens += ids.length;
            total.words += p.words;
            Map<Script, Acc> scriptAcc = new EnumMap<>(Script.class);
            for (int i = 0; i < p.cps.length; i++) {
                Acc a = scriptAcc.computeIfAbsent(p.scripts[i], k -> new Acc());
                a.chars++;
                a.bytes += utf8Length(p.cps[i]);
            }
            for (Script s : TokenScripts.of(tok, ids, p.code)) {
                scriptAcc.computeIfAbsent(s, k -> new Acc()).tokens++;
            }
            p.wordsByScript.forEach((s, w) -> scriptAcc.computeIfAbsent(s, k -> new Acc()).words += w);
            for (Map.Entry<Script, Acc> e : scriptAcc.entrySet()) {
                Acc a = rows.computeIfAbsent(Script.label(e.getKey(), p.lang), k -> new Acc());
                a.texts++;
                a.chars += e.getValue().chars;
                a.bytes += e.getValue().bytes;
                a.tokens += e.getValue().tokens;
                a.words += e.getValue().words;
            }
        }
        for (Map.Entry<String, Map<String, Acc>> l : byLang.entrySet()) {
            Map<String, Acc> rows = l.getValue();
            List<String> order = new ArrayList<>(rows.keySet());
            order.remove(ALL);
            order.sort((a, b) -> Long.compare(rows.get(b).chars, rows.get(a).chars));
            order.add(0, ALL);
            for (String s : order) {
                Acc a = rows.get(s);
                out.add(new EfficiencyRow(name, l.getKey(), s, a.texts, a.chars, a.bytes, a.tokens, a.words));
            }
            String lang = l.getKey().toLowerCase(java.util.Locale.ROOT);
            if (lang.equals("ja") || lang.startsWith("ja-")) {
                Acc all = rows.get(ALL);
                Acc kanji = rows.getOrDefault(Script.label(Script.HAN, l.getKey()), new Acc());
                Acc kana = rows.getOrDefault(Script.KANA.label(), new Acc());
                japanese.add(new JapaneseRow(name, l.getKey(), all.tokens, kanji.tokens, kana.tokens, all.chars, kanji.chars, kana.chars));
            }
        }
    }

    static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    private static List<ParityRow> parity(String name, AnyTokenizer tok, ParallelSet set, Spec spec) {
        List<ParityRow> rows = new ArrayList<>();
        List<String> en = set.sentences().get("en");
        if (en == null) {
            return rows;
        }
        long[] enTokens = counts(tok, en);
        for (Map.Entry<String, List<String>> e : set.sentences().entrySet()) {
            long[] x = counts(tok, e.getValue());
            double[] r = Bootstrap.ratioOfSums(x, enTokens, spec.bootstrapSamples(), spec.seed(), spec.confidence());
            rows.add(new ParityRow(set.name(), name, e.getKey(), x.length, sum(x), sum(enTokens), r[0], r[1], r[2]));
        }
        return rows;
    }

    private static List<ScriptPairRow> parallelPair(String name, AnyTokenizer tok, ParallelSet set, Spec spec) {
        List<String> hans = null;
        List<String> hant = null;
        for (Map.Entry<String, List<String>> e : set.sentences().entrySet()) {
            String l = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (hans == null && (l.equals("zh-hans") || l.equals("zh") || l.equals("zh-cn"))) {
                hans = e.getValue();
            }
            if (hant == null && (l.equals("zh-hant") || l.equals("zh-tw"))) {
                hant = e.getValue();
            }
        }
        if (hans == null || hant == null) {
            return List.of();
        }
        long[] s = counts(tok, hans);
        long[] t = counts(tok, hant);
        double[] r = Bootstrap.ratioOfSums(t, s, spec.bootstrapSamples(), spec.seed(), spec.confidence());
        return List.of(new ScriptPairRow(name, "parallel:" + set.name(), s.length, sum(s), sum(t), r[0], r[1], r[2]));
    }

    /** ICU Simplified-Traditional on the Simplified Chinese texts of each Simplified language label. */
    private static List<ScriptPairRow> icuPairs(String name, AnyTokenizer tok, List<AuditText> texts, Spec spec) {
        Map<String, List<String>> byLang = new LinkedHashMap<>();
        for (AuditText t : texts) {
            if (Script.isSimplifiedChinese(t.lang())) {
                List<String> l = byLang.computeIfAbsent(t.lang(), k -> new ArrayList<>());
                if (l.size() < spec.maxPairTexts()) {
                    l.add(t.text());
                }
            }
        }
        List<ScriptPairRow> rows = new ArrayList<>();
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        for (Map.Entry<String, List<String>> e : byLang.entrySet()) {
            List<String> simplified = e.getValue();
            List<String> traditional = new ArrayList<>(simplified.size());
            for (String s : simplified) {
                traditional.add(toTraditional.transliterate(s));
            }
            long[] s = counts(tok, simplified);
            long[] t = counts(tok, traditional);
            double[] r = Bootstrap.ratioOfSums(t, s, spec.bootstrapSamples(), spec.seed(), spec.confidence());
            rows.add(new ScriptPairRow(name, "icu:" + e.getKey(), s.length, sum(s), sum(t), r[0], r[1], r[2]));
        }
        return rows;
    }

    private static long[] counts(AnyTokenizer tok, List<String> texts) {
        long[] c = new long[texts.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = tok.encode(texts.get(i)).length;
        }
        return c;
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long x : a) {
            s += x;
        }
        return s;
    }
}
