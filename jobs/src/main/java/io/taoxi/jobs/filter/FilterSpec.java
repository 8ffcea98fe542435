package io.taoxi.jobs.filter;

import io.taoxi.filters.langid.LanguageIdentifier;
import io.taoxi.filters.quality.QualityThresholds;
import java.io.Serializable;

/**
 * Record: the {@code filter} section of a pipeline YAML. {@code langid}: the language identifier's spec
 * (per-language minimum scores included); {@code dropUndetermined}: drop documents whose language stays
 * {@code und} (reason {@code lang_undetermined}); {@code quality}: threshold rules per language over the
 * quality signals (docs/quality.md; reference values in docs/quality-thresholds.yaml).
 */
public record FilterSpec(LanguageIdentifier.Spec langid, Boolean dropUndetermined, QualityThresholds.Spec quality)
        implements Serializable {
    public FilterSpec {
        langid = langid == null ? LanguageIdentifier.Spec.defaults() : langid;
        dropUndetermined = dropUndetermined == null ? Boolean.TRUE : dropUndetermined;
        quality = quality == null ? new QualityThresholds.Spec(java.util.Map.of()) : quality;
    }
}
