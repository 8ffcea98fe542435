package io.taoxi.jobs.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.taoxi.tokenizer.audit.AuditTables.AuditResult;
import io.taoxi.tokenizer.audit.AuditTables.CoverageRow;
import io.taoxi.tokenizer.audit.AuditTables.EfficiencyRow;
import io.taoxi.tokenizer.audit.AuditTables.JapaneseRow;
import io.taoxi.tokenizer.audit.AuditTables.ParityRow;
import io.taoxi.tokenizer.audit.AuditTables.ScriptPairRow;
import io.taoxi.tokenizer.audit.AuditTables.TokenizerInfo;
import io.taoxi.tokenizer.audit.AuditTables.VocabRow;
import io.taoxi.tokenizer.audit.TokenizerAudit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an audit's tables (infrastructure): one CSV per table, {@code audit.json} with all of them, and
 * {@code report.html}, one self-contained page (inline CSS and SVG charts, no script, no network) with
 * bars of bytes/token per language, characters/token per script, parity with its bootstrap whiskers, and
 * every table. All text from the data is HTML-escaped.
 *
 * <p>{@link #write(AuditResult, Path)} is the entry point for {@code taoxi audit-tokenizers} and for the
 * pipeline report; {@link #html(AuditResult, Map)} gives the page alone for embedding.
 */
public final class AuditReport {
    /** A table as written: column names and rows of String/Long/Double (NaN = empty / null). */
    public record Table(String name, String title, List<String> columns, List<List<Object>> rows) {}

    private AuditReport() {}

    /** Writes every file into {@code dir} (created); returns the paths written, report.html last. */
    public static List<Path> write(AuditResult result, Path dir) throws IOException {
        return write(result, dir, Map.of());
    }

    /** As {@link #write(AuditResult, Path)}; {@code notes} are shown as key/value lines atop the page. */
    public static List<Path> write(AuditResult result, Path dir, Map<String, String> notes) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<Table> tables = tables(result);
        for (Table t : tables) {
            Path p = dir.resolve(t.name() + ".csv");
            Files.writeString(p, csv(t), StandardCharsets.UTF_8);
            written.add(p);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("notes", notes);
        json.put("spec", result.spec());
        for (Table t : tables) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> r : t.rows()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < t.columns().size(); i++) {
                    Object v = r.get(i);
                    m.put(t.columns().get(i), v instanceof Double d ? (Double.isFinite(d) ? round(d) : null) : v);
                }
                rows.add(m);
            }
            json.put(t.name(), rows);
        }
        Path j = dir.resolve("audit.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(j.toFile(), json);
        written.add(j);
        Path h = dir.resolve("report.html");
        Files.writeString(h, html(result, notes), StandardCharsets.UTF_8);
        written.add(h);
        return written;
    }

    private static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }

    /** The result as tables, in report order. */
    public static List<Table> tables(AuditResult r) {
        List<Table> out = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (TokenizerInfo t : r.tokenizers()) {
            rows.add(List.of(t.name(), t.kind(), (long) t.vocabSize(), t.source()));
        }
        out.add(new Table("tokenizers", "Tokenizers", List.of("tokenizer", "kind", "vocab_size", "file"), rows));
        rows = new ArrayList<>();
        for (EfficiencyRow e : r.efficiency()) {
            rows.add(List.of(e.tokenizer(), e.lang(), e.script(), e.texts(), e.chars(), e.bytes(), e.tokens(), e.words(),
                    e.bytesPerToken(), e.charsPerToken(), e.tokensPer1000Chars(), e.fertility()));
        }
        out.add(new Table("efficiency", "Efficiency per tokenizer × language × script", List.of("tokenizer", "lang", "script",
                "texts", "chars", "bytes", "tokens", "words", "bytes_per_token", "chars_per_token", "tokens_per_1000_chars",
                "fertility_tokens_per_word"), rows));
        rows = new ArrayList<>();
        for (ParityRow p : r.parity()) {
            rows.add(List.of(p.set(), p.tokenizer(), p.lang(), (long) p.sentences(), p.tokens(), p.englishTokens(), p.parity(),
                    p.ciLow(), p.ciHigh()));
        }
        out.add(new Table("parity", "Parity with English (tokens ÷ English tokens, same sentences)", List.of("set",
                "tokenizer", "lang", "sentences", "tokens", "english_tokens", "parity", "ci_low", "ci_high"), rows));
        rows = new ArrayList<>();
        for (ScriptPairRow p : r.scriptPairs()) {
            rows.add(List.of(p.tokenizer(), p.source(), (long) p.texts(), p.simplifiedTokens(), p.traditionalTokens(),
                    p.ratio(), p.ciLow(), p.ciHigh()));
        }
        out.add(new Table("script_pairs", "Traditional ÷ Simplified tokens for the same text", List.of("tokenizer", "source",
                "texts", "simplified_tokens", "traditional_tokens", "ratio", "ci_low", "ci_high"), rows));
        rows = new ArrayList<>();
        for (JapaneseRow j : r.japanese()) {
            rows.add(List.of(j.tokenizer(), j.lang(), j.tokens(), j.kanjiTokens(), j.kanaTokens(), j.kanjiTokenShare(),
                    j.kanaTokenShare(), j.chars(), j.kanjiChars(), j.kanaChars(), j.kanjiCharsPerToken(), j.kanaCharsPerToken()));
        }
        out.add(new Table("japanese", "Japanese: kanji vs kana", List.of("tokenizer", "lang", "tokens", "kanji_tokens",
                "kana_tokens", "kanji_token_share", "kana_token_share", "chars", "kanji_chars", "kana_chars",
                "kanji_chars_per_token", "kana_chars_per_token"), rows));
        rows = new ArrayList<>();
        for (VocabRow v : r.vocabulary()) {
            rows.add(List.of(v.tokenizer(), v.category(), v.entries(), v.vocabSize(), v.share()));
        }
        out.add(new Table("vocabulary", "Vocabulary anatomy", List.of("tokenizer", "category", "entries", "vocab_size",
                "share"), rows));
        rows = new ArrayList<>();
        for (CoverageRow c : r.coverage()) {
            rows.add(List.of(c.tokenizer(), c.block(), c.characters(), c.singleToken(), c.twoTokens(), c.threeTokens(),
                    c.fourOrMoreTokens(), c.singleTokenShare(), c.corpusOccurrences(), c.corpusSingleTokenOccurrences(),
                    c.corpusSingleTokenShare()));
        }
        out.add(new Table("cjk_coverage", "CJK Unified Ideographs coverage", List.of("tokenizer", "block", "characters",
                "single_token", "two_tokens", "three_tokens", "four_or_more_tokens", "single_token_share",
                "corpus_occurrences", "corpus_single_token_occurrences", "corpus_single_token_share"), rows));
        return out;
    }

    static String csv(Table t) {
        StringBuilder b = new StringBuilder(String.join(",", t.columns())).append('\n');
        for (List<Object> r : t.rows()) {
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(csvCell(r.get(i)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String csvCell(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6f", d) : "";
        }
        String s = String.valueOf(v);
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** The self-contained HTML page. */
    public static String html(AuditResult r, Map<String, String> notes) {
        List<String> tokenizers = r.tokenizers().stream().map(TokenizerInfo::name).toList();
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<title>Tokenizer audit</title>\n<style>\n")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:12px}th,td{border:1px solid #ccc;")
                .append("padding:2px 6px;text-align:right}th{background:#f3f3f3}td.t{text-align:left}\n")
                .append("svg text{font:11px system-ui,sans-serif}.note{color:#555}dt{font-weight:600;float:left;")
                .append("clear:left;width:14em}dd{margin-left:15em}\n</style></head><body>\n")
                .append("<h1>Tokenizer audit</h1>\n");
        h.append("<p class=\"note\">Bytes = UTF-8 bytes of the original text; chars = code points; tokens without BOS. "
                + "Parity = tokens for a language ÷ tokens for the same English sentences (Petrov et al. 2023), "
                + "with ").append(r.spec().bootstrapSamples()).append(" bootstrap resamples of sentences (seed ")
                .append(r.spec().seed()).append(", ").append(Math.round(r.spec().confidence() * 100))
                .append(" % interval). See docs/audit.md.</p>\n");
        if (!notes.isEmpty()) {
            h.append("<dl>");
            notes.forEach((k, v) -> h.append("<dt>").append(escape(k)).append("</dt><dd>").append(escape(v)).append("</dd>"));
            h.append("</dl>\n");
        }
        // Bytes per token by language
        List<String> langs = new ArrayList<>();
        for (EfficiencyRow e : r.efficiency()) {
            if (e.script().equals(TokenizerAudit.ALL) && !langs.contains(e.lang())) {
                langs.add(e.lang());
            }
        }
        double[][] bpt = new double[tokenizers.size()][langs.size()];
        for (EfficiencyRow e : r.efficiency()) {
            if (e.script().equals(TokenizerAudit.ALL)) {
                bpt[tokenizers.indexOf(e.tokenizer())][langs.indexOf(e.lang())] = e.bytesPerToken();
            }
        }
        h.append("<h2>Bytes per token by language</h2>\n<p class=\"note\">Higher is better: more text per token.</p>\n")
                .append(Svg.groupedBars("Bytes per token by language", langs, tokenizers, bpt, null, null, Double.NaN, "bytes/token"));
        // Chars per token by script (summed over languages)
        Map<String, long[]> byScript = new LinkedHashMap<>();
        for (EfficiencyRow e : r.efficiency()) {
            if (!e.script().equals(TokenizerAudit.ALL)) {
                long[] a = byScript.computeIfAbsent(e.script(), k -> new long[tokenizers.size() * 2]);
                int t = tokenizers.indexOf(e.tokenizer());
                a[2 * t] += e.chars();
                a[2 * t + 1] += e.tokens();
            }
        }
        List<String> scripts = new ArrayList<>(byScript.keySet());
        double[][] cpt = new double[tokenizers.size()][scripts.size()];
        for (int s = 0; s < scripts.size(); s++) {
            long[] a = byScript.get(scripts.get(s));
            for (int t = 0; t < tokenizers.size(); t++) {
                cpt[t][s] = a[2 * t + 1] == 0 ? Double.NaN : (double) a[2 * t] / a[2 * t + 1];
            }
        }
        h.append("<h2>Characters per token by script</h2>\n<p class=\"note\">All languages together; a token counts "
                + "under the script of the first letter it covers.</p>\n")
                .append(Svg.groupedBars("Characters per token by script", scripts, tokenizers, cpt, null, null, Double.NaN, "chars/token"));
        // Parity
        List<String> keys = new ArrayList<>();
        for (ParityRow p : r.parity()) {
            String k = p.set() + " · " + p.lang();
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        if (!keys.isEmpty()) {
            double[][] v = new double[tokenizers.size()][keys.size()];
            double[][] lo = new double[tokenizers.size()][keys.size()];
            double[][] hi = new double[tokenizers.size()][keys.size()];
            for (double[] a : v) {
                java.util.Arrays.fill(a, Double.NaN);
            }
            for (ParityRow p : r.parity()) {
                int t = tokenizers.indexOf(p.tokenizer());
                int k = keys.indexOf(p.set() + " · " + p.lang());
                v[t][k] = p.parity();
                lo[t][k] = p.ciLow();
                hi[t][k] = p.ciHigh();
            }
            h.append("<h2>Parity with English</h2>\n<p class=\"note\">Lower is better; 1 = as many tokens as English. "
                    + "Whiskers: bootstrap interval.</p>\n")
                    .append(Svg.groupedBars("Parity with English", keys, tokenizers, v, lo, hi, 1.0, "× English"));
        }
        for (Table t : tables(r)) {
            h.append("<h2>").append(escape(t.title())).append("</h2>\n").append(htmlTable(t));
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String htmlTable(Table t) {
        if (t.rows().isEmpty()) {
            return "<p class=\"note\">(no rows)</p>\n";
        }
        StringBuilder b = new StringBuilder("<table><tr>");
        for (String c : t.columns()) {
            b.append("<th>").append(escape(c)).append("</th>");
        }
        b.append("</tr>\n");
        for (List<Object> r : t.rows()) {
            b.append("<tr>");
            for (Object v : r) {
                if (v instanceof Double d) {
                    b.append("<td>").append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.3f", d) : "—").append("</td>");
                } else if (v instanceof Long) {
                    b.append("<td>").append(v).append("</td>");
                } else {
                    b.append("<td class=\"t\">").append(escape(String.valueOf(v))).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    /** {@code & < > " '} → entities. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Inline SVG charts. */
    static final class Svg {
        static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
            "#ff9da7", "#9c755f", "#bab0ac"};

        private Svg() {}

        /**
         * Horizontal grouped bars: one group per category, one bar per series; optional whiskers
         * ({@code low}/{@code high}) and a dashed reference line at {@code reference} (NaN = none). The
         * {@code <svg>} carries {@code class="chart"}, {@code aria-label} (the title) and {@code data-total} (bars
         * drawn), like the pipeline report's charts, so bench/report-check.sh checks both pages the same way.
         */
        static String groupedBars(String title, List<String> categories, List<String> series, double[][] values, double[][] low,
                double[][] high, double reference, String unit) {
            int bar = 11;
            int gap = 8;
            int labelW = 170;
            int plotW = 560;
            int legendH = 18 * ((series.size() + 3) / 4) + 6;
            int groupH = series.size() * bar + gap;
            int height = legendH + categories.size() * groupH + 30;
            double max = Double.isNaN(reference) ? 0 : reference;
            for (int s = 0; s < series.size(); s++) {
                for (int c = 0; c < categories.size(); c++) {
                    double v = high != null && Double.isFinite(high[s][c]) ? high[s][c] : values[s][c];
                    if (Double.isFinite(v)) {
                        max = Math.max(max, v);
                    }
                }
            }
            max = max <= 0 ? 1 : max * 1.08;
            int drawn = 0;
            for (double[] row : values) {
                for (double v : row) {
                    drawn += Double.isFinite(v) && v > 0 ? 1 : 0;
                }
            }
            StringBuilder b = new StringBuilder();
            b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-total=\"").append(drawn)
                    .append("\" aria-label=\"").append(escape(title)).append("\" role=\"img\" width=\"").append(labelW + plotW + 60)
                    .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelW + plotW + 60).append(' ')
                    .append(height).append("\">\n");
            for (int s = 0; s < series.size(); s++) {
                int x = labelW + (s % 4) * 140;
                int y = 4 + (s / 4) * 18;
                b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(PALETTE[s % PALETTE.length]).append("\"/><text x=\"").append(x + 16).append("\" y=\"")
                        .append(y + 10).append("\">").append(escape(series.get(s))).append("</text>\n");
            }
            for (int c = 0; c < categories.size(); c++) {
                int y0 = legendH + c * groupH;
                b.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y0 + series.size() * bar / 2 + 4)
                        .append("\" text-anchor=\"end\">").append(escape(categories.get(c))).append("</text>\n");
                for (int s = 0; s < series.size(); s++) {
                    double v = values[s][c];
                    if (!Double.isFinite(v)) {
                        continue;
                    }
                    int y = y0 + s * bar;
                    double w = plotW * v / max;
                    b.append("<rect x=\"").append(labelW).append("\" y=\"").append(y).append("\" width=\"")
                            .append(fmt(w)).append("\" height=\"").append(bar - 2).append("\" fill=\"")
                            .append(PALETTE[s % PALETTE.length]).append("\"><title>").append(escape(series.get(s)))
                            .append(" · ").append(escape(categories.get(c))).append(": ").append(fmt(v)).append(' ')
                            .append(escape(unit)).append("</title></rect>");
                    double end = w;
                    if (low != null && Double.isFinite(low[s][c]) && Double.isFinite(high[s][c])) {
                        double x1 = labelW + plotW * low[s][c] / max;
                        double x2 = labelW + plotW * high[s][c] / max;
                        double ym = y + (bar - 2) / 2.0;
                        b.append("<path d=\"M").append(fmt(x1)).append(' ').append(fmt(ym)).append("H").append(fmt(x2))
                                .append("M").append(fmt(x1)).append(' ').append(fmt(ym - 3)).append("V").append(fmt(ym + 3))
                                .append("M").append(fmt(x2)).append(' ').append(fmt(ym - 3)).append("V").append(fmt(ym + 3))
                                .append("\" stroke=\"#222\" fill=\"none\"/>");
                        end = Math.max(end, x2 - labelW);
                    }
                    b.append("<text x=\"").append(fmt(labelW + end + 4)).append("\" y=\"").append(y + bar - 3)
                            .append("\" font-size=\"9\">").append(fmt(v)).append("</text>\n");
                }
            }
            int axisY = legendH + categories.size() * groupH;
            b.append("<line x1=\"").append(labelW).append("\" y1=\"").append(legendH - 2).append("\" x2=\"").append(labelW)
                    .append("\" y2=\"").append(axisY).append("\" stroke=\"#888\"/>\n");
            if (!Double.isNaN(reference)) {
                double x = labelW + plotW * reference / max;
                b.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(legendH - 2).append("\" x2=\"").append(fmt(x))
                        .append("\" y2=\"").append(axisY).append("\" stroke=\"#c00\" stroke-dasharray=\"4 3\"/>\n");
            }
            b.append("<text x=\"").append(labelW + plotW).append("\" y=\"").append(axisY + 18)
                    .append("\" text-anchor=\"end\">").append(escape(unit)).append(" (axis 0 – ").append(fmt(max))
                    .append(")</text>\n</svg>\n");
            return b.toString();
        }

        private static String fmt(double v) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
    }
}
