package io.taoxi.jobs.tokenizer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Record (spec): {@code conf/mixture.yaml}, the token-budget mixture (docs/mixture-example.yaml).
 *
 * <pre>
 * target_tokens: 2000000000000        # the budget of the whole mix
 * max_repetitions: 4.0                # a document is written at most this many times (1 = never up-sample)
 * epoch: 0                            # seed of the per-document draws; change it for a different sample
 * estimate_sample_fraction: 0.01      # share of documents encoded to estimate tokens per group (1.0 = exact)
 * weights:                            # source → language → share of the budget ("*" = any)
 *   web: { zh-Hans: 0.40, en: 0.10, "*": 0.05 }
 *   code: { "*": 0.10 }
 * </pre>
 *
 * Weights are shares: they are divided by their sum. A group (source, language) belongs to its most
 * specific entry: exact source and language, then exact source and {@code *}, then {@code *} and exact
 * language, then {@code *}/{@code *}. Groups matching no entry get weight 0 (their documents are dropped,
 * reason {@code mixture_zero_weight}).
 *
 * @param targetTokens          the budget, tokens (≥ 1)
 * @param maxRepetitions        the cap on copies of one document (≥ 1, finite in the YAML)
 * @param epoch                 seed of the deterministic per-document draws (≥ 0)
 * @param estimateSampleFraction share of documents encoded to estimate the tokens available per group, in
 *                              (0, 1]; 1.0 counts exactly (every document encoded twice)
 * @param weights               source → language → weight (≥ 0, sum > 0)
 */
public record MixtureSpec(Long targetTokens, Double maxRepetitions, Long epoch, Double estimateSampleFraction,
        Map<String, Map<String, Double>> weights) implements Serializable {
    /** Matches any source or language. */
    public static final String ANY = "*";

    public MixtureSpec {
        if (targetTokens == null) {
            throw new ConfigException("target_tokens: missing (the budget of the mix, in tokens)");
        }
        if (maxRepetitions == null) {
            throw new ConfigException("max_repetitions: missing (the cap on copies of one document; 1 = never up-sample)");
        }
        if (epoch == null) {
            epoch = 0L;
        }
        if (targetTokens < 1) {
            throw ConfigException.outOfRange("target_tokens", targetTokens, "must be ≥ 1");
        }
        if (!(maxRepetitions >= 1)) {
            throw ConfigException.outOfRange("max_repetitions", maxRepetitions, "must be ≥ 1 (1 = never up-sample)");
        }
        if (epoch < 0) {
            throw ConfigException.outOfRange("epoch", epoch, "must be ≥ 0");
        }
        if (estimateSampleFraction == null) {
            estimateSampleFraction = 1.0;
        }
        if (!(estimateSampleFraction > 0 && estimateSampleFraction <= 1)) {
            throw ConfigException.outOfRange("estimate_sample_fraction", estimateSampleFraction, "must be in (0, 1]");
        }
        if (weights == null || weights.isEmpty()) {
            throw new ConfigException("weights: missing or empty (a map source → language → weight)");
        }
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        double sum = 0;
        for (Map.Entry<String, Map<String, Double>> s : weights.entrySet()) {
            if (s.getValue() == null || s.getValue().isEmpty()) {
                throw new ConfigException("weights." + s.getKey() + ": empty (a map language → weight)");
            }
            Map<String, Double> langs = new TreeMap<>();
            for (Map.Entry<String, Double> l : s.getValue().entrySet()) {
                Double w = l.getValue();
                if (w == null || !(w >= 0) || Double.isInfinite(w)) {
                    throw ConfigException.outOfRange("weights." + s.getKey() + "." + l.getKey(), w,
                            "must be a finite number ≥ 0");
                }
                langs.put(l.getKey(), w);
                sum += w;
            }
            copy.put(s.getKey(), java.util.Collections.unmodifiableMap(langs));
        }
        if (!(sum > 0)) {
            throw new ConfigException("weights: they sum to 0 (at least one must be > 0)");
        }
        weights = java.util.Collections.unmodifiableMap(copy);
    }

    /** The same weights with another budget and cap (the tokenizer trainer plans in bytes, uncapped). */
    public MixtureSpec withBudget(long target, double cap) {
        return new MixtureSpec(target, cap, epoch, estimateSampleFraction, weights);
    }

    /** Sum of all weights. */
    public double weightSum() {
        return weights.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue).sum();
    }

    /** The entry {@code (source, language)} of the most specific match, or null when none matches. */
    public MixturePlan.Group entryFor(String source, String lang) {
        String[][] order = {{source, lang}, {source, ANY}, {ANY, lang}, {ANY, ANY}};
        for (String[] o : order) {
            Map<String, Double> langs = weights.get(o[0]);
            if (langs != null && langs.containsKey(o[1])) {
                return new MixturePlan.Group(o[0], o[1]);
            }
        }
        return null;
    }

    /** Weight of an entry (0 when absent). */
    public double weight(MixturePlan.Group entry) {
        Map<String, Double> langs = weights.get(entry.source());
        return langs == null ? 0 : langs.getOrDefault(entry.lang(), 0.0);
    }

    /** Reads a mixture YAML; unknown keys and values out of range fail naming the key. */
    public static MixtureSpec load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public static MixtureSpec parse(String yaml, String origin) {
        try {
            MixtureSpec spec = ConfigLoader.yamlMapper().readValue(yaml, MixtureSpec.class);
            if (spec == null) {
                throw new ConfigException(origin + ": empty mixture");
            }
            return spec;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ConfigException(origin + ": unknown key '" + e.getPropertyName() + "' (allowed here: "
                    + known + ")", e);
        } catch (JsonMappingException e) {
            Throwable c = e;
            while (c.getCause() != null && c.getCause() != c) {
                c = c.getCause();
            }
            if (c instanceof ConfigException config) {
                throw new ConfigException(origin + ": " + config.getMessage(), e);
            }
            throw new ConfigException(origin + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** As a plain map, for manifests. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target_tokens", targetTokens);
        m.put("max_repetitions", maxRepetitions);
        m.put("epoch", epoch);
        m.put("estimate_sample_fraction", estimateSampleFraction);
        m.put("weights", weights);
        return m;
    }
}
