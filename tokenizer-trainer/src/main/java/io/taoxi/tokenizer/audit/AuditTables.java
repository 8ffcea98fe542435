package io.taoxi.tokenizer.audit;

import java.util.List;
import java.util.Objects;

/** The audit's result tables (records). Ratios are computed from the stored counts; NaN when undefined. */
public final class AuditTables {
    private AuditTables() {}

    /** One text of the audited corpus. */
    public record AuditText(String lang, String text) {
        public AuditText {
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A tokenizer under audit: its name on the command line, kind, vocabulary size and file. */
    public record TokenizerInfo(String name, String kind, int vocabSize, String source) {}

    /**
     * Counts for one tokenizer × language × script ({@code script = "all"} for the whole language).
     * {@code words} are the segmenter's words attributed to the script (0 = no words, fertility NaN).
     */
    public record EfficiencyRow(String tokenizer, String lang, String script, long texts, long chars, long bytes,
            long tokens, long words) {
        /** UTF-8 bytes of the original text per token. */
        public double bytesPerToken() {
            return ratio(bytes, tokens);
        }

        /** Code points per token. */
        public double charsPerToken() {
            return ratio(chars, tokens);
        }

        /** Tokens per 1,000 code points. */
        public double tokensPer1000Chars() {
            return 1000.0 * ratio(tokens, chars);
        }

        /** Tokens per word (SmartCN/Kuromoji/Nori/ICU words, see docs/audit.md). */
        public double fertility() {
            return ratio(tokens, words);
        }
    }

    /**
     * Petrov et al. (2023) parity of a language on a parallel set: tokens for the language's sentences ÷
     * tokens for the same sentences in English (a ratio of sums), with a percentile-bootstrap interval
     * over sentences.
     */
    public record ParityRow(String set, String tokenizer, String lang, int sentences, long tokens, long englishTokens,
            double parity, double ciLow, double ciHigh) {}

    /**
     * Tokens for the Traditional form ÷ tokens for the Simplified form of the same texts; {@code source}
     * says where the pair comes from ({@code icu:<lang>} = ICU Simplified-Traditional on Simplified texts,
     * {@code parallel:<set>} = the set's own zh-Hant and zh-Hans files).
     */
    public record ScriptPairRow(String tokenizer, String source, int texts, long simplifiedTokens, long traditionalTokens,
            double ratio, double ciLow, double ciHigh) {}

    /** How a tokenizer's tokens on Japanese text split between kanji and kana (and the same for characters). */
    public record JapaneseRow(String tokenizer, String lang, long tokens, long kanjiTokens, long kanaTokens, long chars,
            long kanjiChars, long kanaChars) {
        public double kanjiTokenShare() {
            return ratio(kanjiTokens, tokens);
        }

        public double kanaTokenShare() {
            return ratio(kanaTokens, tokens);
        }

        public double kanjiCharsPerToken() {
            return ratio(kanjiChars, kanjiTokens);
        }

        public double kanaCharsPerToken() {
            return ratio(kanaChars, kanaTokens);
        }
    }

    /** Vocabulary entries of a tokenizer in one category (see {@link VocabularyAnatomy}). */
    public record VocabRow(String tokenizer, String category, long entries, long vocabSize) {
        public double share() {
            return ratio(entries, vocabSize);
        }
    }

    /**
     * Coverage of one CJK Unified Ideographs block: characters that are one token vs 2, 3, 4+ byte pieces,
     * and the same weighted by occurrences in the audited corpus.
     */
    public record CoverageRow(String tokenizer, String block, long characters, long singleToken, long twoTokens,
            long threeTokens, long fourOrMoreTokens, long corpusOccurrences, long corpusSingleTokenOccurrences) {
        public double singleTokenShare() {
            return ratio(singleToken, characters);
        }

        public double corpusSingleTokenShare() {
            return ratio(corpusSingleTokenOccurrences, corpusOccurrences);
        }
    }

    /** Everything one audit produced. */
    public record AuditResult(List<TokenizerInfo> tokenizers, List<EfficiencyRow> efficiency, List<ParityRow> parity,
            List<ScriptPairRow> scriptPairs, List<JapaneseRow> japanese, List<VocabRow> vocabulary,
            List<CoverageRow> coverage, TokenizerAudit.Spec spec) {
        public AuditResult {
            tokenizers = List.copyOf(tokenizers);
            efficiency = List.copyOf(efficiency);
            parity = List.copyOf(parity);
            scriptPairs = List.copyOf(scriptPairs);
            japanese = List.copyOf(japanese);
            vocabulary = List.copyOf(vocabulary);
            coverage = List.copyOf(coverage);
        }
    }

    static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
