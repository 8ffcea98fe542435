package io.taoxi.jobs.score;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Operator: CCNet's head / middle / tail buckets and the keep decision of the score stage. Pure: the
 * cut-offs come from percentiles the stage computes per language × source over the scored documents.
 *
 * <ul>
 *   <li>{@code bucket(ppl)}: {@code head} when {@code ppl <= headMax}, {@code middle} when
 *       {@code ppl <= middleMax}, else {@code tail}. With CCNet's 30th / 60th percentiles and n distinct
 *       values, head holds ≈ 30 % of a group and tail ≈ 40 %; equal perplexities always share a bucket.
 *   <li>{@code dropReason}: {@code perplexity_<bucket>} when the bucket is not kept; otherwise
 *       {@code perplexity_above_max} when the language's absolute ceiling is exceeded; otherwise kept.
 * </ul>
 *
 * <p>Known weakness: percentiles are relative, so a group of uniformly bad documents still keeps its best
 * 60 %, and a tiny group (one document) is all head; the absolute {@code max_perplexity_by_lang} is the
 * guard for both. Perplexity under a random test model means nothing about quality (the demo only shows
 * the mechanics).
 */
public final class PerplexityBuckets {
    public static final String HEAD = "head";
    public static final String MIDDLE = "middle";
    public static final String TAIL = "tail";
    public static final String ABOVE_MAX = "perplexity_above_max";

    private PerplexityBuckets() {
    }

    /**
     * The cut-offs of one language × source group.
     *
     * @param headMaxPerplexity the head percentile's perplexity: head is at or below it
     * @param middleMaxPerplexity the tail percentile's perplexity: middle is at or below it, tail above
     * @param docsScored documents the percentiles were computed over
     */
    public record Cutoffs(double headMaxPerplexity, double middleMaxPerplexity, long docsScored)
            implements Serializable {
        public Cutoffs {
            if (!(headMaxPerplexity <= middleMaxPerplexity)) {
                throw new IllegalArgumentException("head cut-off " + headMaxPerplexity
                        + " above the middle cut-off " + middleMaxPerplexity);
            }
        }
    }

    /** The bucket of a perplexity under a group's cut-offs. */
    public static String bucket(double perplexity, Cutoffs cutoffs) {
        if (perplexity <= cutoffs.headMaxPerplexity()) {
            return HEAD;
        }
        return perplexity <= cutoffs.middleMaxPerplexity() ? MIDDLE : TAIL;
    }

    /** Null to keep, else the drop reason ({@code perplexity_tail}, …, {@code perplexity_above_max}). */
    public static String dropReason(String bucket, double perplexity, double maxPerplexity, List<String> keepBuckets) {
        if (!keepBuckets.contains(bucket)) {
            return "perplexity_" + bucket;
        }
        return perplexity > maxPerplexity ? ABOVE_MAX : null;
    }

    /** The map key of a group (language, then source; a tab cannot occur in either). */
    public static String key(String lang, String source) {
        return (lang == null ? "" : lang) + "\t" + (source == null ? "" : source);
    }

    /** The cut-offs of a group, or an error naming it (every scored row's group has cut-offs). */
    static Cutoffs of(Map<String, Cutoffs> cutoffs, String lang, String source) {
        Cutoffs c = cutoffs.get(key(lang, source));
        if (c == null) {
            throw new IllegalStateException("no perplexity cut-offs for lang '" + lang + "' source '" + source + "'");
        }
        return c;
    }
}
