package io.taoxi.jobs.audit;

import io.taoxi.jobs.config.ConfigException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record: the {@code audit} section of a pipeline YAML: the tokenizer audit the pipeline runs after
 * tokenizer training (docs/audit.md). It always audits the tokenizer the pipeline trained (named
 * {@value #TRAINED}) on the kept documents the tokenizer was trained on; {@code tokenizers} adds others to
 * compare with, {@code texts} adds parallel sets or other texts.
 *
 * <pre>
 * audit:
 *   texts: [audit/parallel]          # folders of line-aligned &lt;lang&gt;.txt, .jsonl/.tsv, Parquet folders
 *   tokenizers: {}                   # name: path/to/tokenizer.json, compared with the trained one
 *   max_texts_per_lang: 2000         # kept documents read per language (first ones first)
 *   bootstrap_samples: 1000          # resamples for the parity intervals
 *   seed: 20261130
 *   confidence: 0.95
 *   coverage: true                   # CJK block coverage (~100k single-character encodes per tokenizer)
 *   words: lucene                    # fertility words: lucene (SmartCN/Kuromoji/Nori/ICU) or icu
 * </pre>
 */
public record AuditSpec(List<String> texts, Map<String, String> tokenizers, Integer maxTextsPerLang,
        Integer bootstrapSamples, Long seed, Double confidence, Boolean coverage, String words)
        implements Serializable {
    /** The name the pipeline's trained tokenizer has in the audit tables. */
    public static final String TRAINED = "taoxi-trained";

    /** Checks that the named texts and tokenizers exist; the pipeline calls it before Spark starts. */
    public void checkFiles() {
        for (int i = 0; i < texts.size(); i++) {
            if (!Files.exists(Path.of(texts.get(i)))) {
                throw new ConfigException("audit.texts[" + i + "] = " + texts.get(i) + ": no such file or folder");
            }
        }
        tokenizers.forEach((name, path) -> {
            if (!Files.isRegularFile(Path.of(path))) {
                throw new ConfigException("audit.tokenizers." + name + " = " + path + ": no such file");
            }
        });
    }

    public AuditSpec {
        texts = texts == null ? List.of() : List.copyOf(texts);
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                throw new ConfigException("audit.texts[" + i + "]: empty");
            }
        }
        Map<String, String> named = new LinkedHashMap<>();
        if (tokenizers != null) {
            for (Map.Entry<String, String> e : tokenizers.entrySet()) {
                if (e.getKey().equals(TRAINED)) {
                    throw new ConfigException("audit.tokenizers." + TRAINED + ": reserved for the trained tokenizer");
                }
                if (e.getValue() == null || e.getValue().isBlank()) {
                    throw new ConfigException("audit.tokenizers." + e.getKey() + ": empty path");
                }
                named.put(e.getKey(), e.getValue());
            }
        }
        tokenizers = java.util.Collections.unmodifiableMap(named);
        maxTextsPerLang = maxTextsPerLang == null ? 2000 : maxTextsPerLang;
        if (maxTextsPerLang < 1) {
            throw ConfigException.outOfRange("audit.max_texts_per_lang", maxTextsPerLang, "must be >= 1");
        }
        bootstrapSamples = bootstrapSamples == null ? 1000 : bootstrapSamples;
        if (bootstrapSamples < 100 || bootstrapSamples > 1_000_000) {
            throw ConfigException.outOfRange("audit.bootstrap_samples", bootstrapSamples, "must be in [100, 1000000]");
        }
        seed = seed == null ? 20261130L : seed;
        confidence = confidence == null ? 0.95 : confidence;
        if (!(confidence > 0.5 && confidence < 1)) {
            throw ConfigException.outOfRange("audit.confidence", confidence, "must be in (0.5, 1)");
        }
        coverage = coverage == null || coverage;
        words = words == null ? "lucene" : words;
        if (!words.equals("lucene") && !words.equals("icu")) {
            throw ConfigException.outOfRange("audit.words", words, "must be lucene or icu");
        }
    }
}
