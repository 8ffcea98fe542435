package io.taoxi.jobs.filter;

import io.taoxi.filters.toxicity.LexiconScorer;
import java.io.Serializable;
import java.util.List;

/**
 * Record: the {@code filter.toxicity} section. The lexicon scorer's settings ({@code lexicon_directory},
 * {@code always_lists}, {@code max_gap_chars}: docs/toxicity.md) and {@code model}: a folder written by
 * {@code taoxi train-toxicity}, applied as the {@code toxicity_model_score} column when set (null: not
 * applied). The folder is checked on the driver before Spark starts ({@link FilterStages}).
 */
public record ToxicitySpec(String lexiconDirectory, List<String> alwaysLists, Integer maxGapChars, String model)
        implements Serializable {
    public ToxicitySpec {
        LexiconScorer.Spec defaults = LexiconScorer.Spec.defaults();
        alwaysLists = alwaysLists == null ? defaults.alwaysLists() : List.copyOf(alwaysLists);
        maxGapChars = maxGapChars == null ? defaults.maxGapChars() : maxGapChars;
        lexiconDirectory = lexiconDirectory == null || lexiconDirectory.isBlank() ? null : lexiconDirectory;
        model = model == null || model.isBlank() ? null : model;
        new LexiconScorer.Spec(lexiconDirectory, alwaysLists, maxGapChars); // validates the ranges
    }

    public static ToxicitySpec defaults() {
        return new ToxicitySpec(null, null, null, null);
    }

    /** The lexicon scorer's spec. */
    public LexiconScorer.Spec lexicon() {
        return new LexiconScorer.Spec(lexiconDirectory, alwaysLists, maxGapChars);
    }
}
