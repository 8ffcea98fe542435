package io.taoxi.jobs.tokenizer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.BpeTrainer;
import io.taoxi.tokenizer.PreTokenization;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Record: the {@code tokenizer} section of a pipeline YAML, the pipeline's tokenizer training (the same
 * work as {@code taoxi train-tokenizer}, on the kept documents of the stage before it). Validated in the
 * compact constructor; {@link #checkFiles} reads the mixture file before Spark starts.
 *
 * <pre>
 * tokenizer:
 *   vocab_size: 8192                 # regular tokens, the 256 byte tokens included (Qwen2: 151643)
 *   special_tokens: ["&lt;|endoftext|&gt;", "&lt;|im_start|&gt;", "&lt;|im_end|&gt;"]
 *   min_count: 2                     # pre-tokens counted fewer times are dropped before merging
 *   min_pair_count: 2                # merging stops when the best pair occurs fewer times
 *   max_distinct: 2000000            # most frequent distinct pre-tokens kept for the merge loop
 *   max_distinct_per_partition: 500000
 *   weights: conf/mixture.yaml       # optional: count pre-tokens weighted by the mixture
 * </pre>
 */
public record TrainTokenizerSpec(Integer vocabSize, List<String> specialTokens, Long minCount, Long minPairCount,
        Integer maxDistinct, Integer maxDistinctPerPartition, String weights) implements Serializable {

    public TrainTokenizerSpec {
        if (vocabSize == null) {
            throw new ConfigException("tokenizer.vocab_size: missing (regular tokens, the 256 byte tokens included)");
        }
        if (vocabSize < 256 || vocabSize > 1 << 24) {
            throw ConfigException.outOfRange("tokenizer.vocab_size", vocabSize, "must be in [256, 16777216]");
        }
        specialTokens = specialTokens == null
                ? List.copyOf(Arrays.asList(TrainTokenizerCommand.QWEN2_SPECIALS.split(",")))
                : List.copyOf(specialTokens);
        minCount = minCount == null ? 2L : minCount;
        if (minCount < 1) {
            throw ConfigException.outOfRange("tokenizer.min_count", minCount, "must be >= 1");
        }
        minPairCount = minPairCount == null ? 2L : minPairCount;
        if (minPairCount < 1) {
            throw ConfigException.outOfRange("tokenizer.min_pair_count", minPairCount, "must be >= 1");
        }
        maxDistinct = maxDistinct == null ? 2_000_000 : maxDistinct;
        if (maxDistinct < 1) {
            throw ConfigException.outOfRange("tokenizer.max_distinct", maxDistinct, "must be >= 1");
        }
        maxDistinctPerPartition = maxDistinctPerPartition == null ? 500_000 : maxDistinctPerPartition;
        if (maxDistinctPerPartition < 2) {
            throw ConfigException.outOfRange("tokenizer.max_distinct_per_partition", maxDistinctPerPartition,
                    "must be >= 2");
        }
        weights = weights == null || weights.isBlank() ? null : weights;
        try {
            new BpeTrainer.Spec(vocabSize, minPairCount, specialTokens, PreTokenization.qwen2());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("tokenizer: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks the files the section names (the mixture); the pipeline calls it before Spark
     * starts. Relative paths are relative to the working directory, like every path of a pipeline YAML.
     */
    public void checkFiles() {
        if (weights != null) {
            try {
                MixtureSpec.load(Path.of(weights));
            } catch (ConfigException e) {
                throw new ConfigException("tokenizer.weights: " + e.getMessage(), e);
            }
        }
    }

    /** The trainer's spec (Qwen2's pre-tokenization). */
    @JsonIgnore
    public BpeTrainer.Spec bpe() {
        return new BpeTrainer.Spec(vocabSize, minPairCount, specialTokens, PreTokenization.qwen2());
    }

    /** The mixture whose weights apply to the counts, or null. */
    @JsonIgnore
    public MixtureSpec mixture() {
        return weights == null ? null : MixtureSpec.load(Path.of(weights));
    }
}
