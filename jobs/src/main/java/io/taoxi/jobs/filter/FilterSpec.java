package io.taoxi.jobs.filter;

import io.taoxi.filters.langid.LanguageIdentifier;
import io.taoxi.filters.pii.PiiRedactor;
import io.taoxi.filters.quality.QualityThresholds;
import java.io.Serializable;

/**
 * Record: the {@code filter} section of a pipeline YAML. {@code langid}: the language identifier's spec
 * (per-language minimum scores included); {@code dropUndetermined}: drop documents whose language stays
 * {@code und} (reason {@code lang_undetermined}); {@code quality}: threshold rules per language over the
 * quality signals (docs/quality.md; reference values in docs/quality-thresholds.yaml), which may also name
 * the toxicity and PII signal columns; {@code toxicity}: the lexicon scorer's spec and the optional trained model (docs/toxicity.md);
 * {@code pii}: detection and the action per type (docs/pii.md).
 */
public record FilterSpec(LanguageIdentifier.Spec langid, Boolean dropUndetermined, QualityThresholds.Spec quality,
        ToxicitySpec toxicity, PiiRedactor.Spec pii) implements Serializable {
    public FilterSpec {
        langid = langid == null ? LanguageIdentifier.Spec.defaults() : langid;
        dropUndetermined = dropUndetermined == null ? Boolean.TRUE : dropUndetermined;
        quality = quality == null ? new QualityThresholds.Spec(java.util.Map.of()) : quality;
        toxicity = toxicity == null ? ToxicitySpec.defaults() : toxicity;
        pii = pii == null ? PiiRedactor.Spec.defaults() : pii;
    }

    public FilterSpec(LanguageIdentifier.Spec langid, Boolean dropUndetermined, QualityThresholds.Spec quality) {
        this(langid, dropUndetermined, quality, null, null);
    }
}
