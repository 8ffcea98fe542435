package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.pii.PiiRedactor;

/** PII redaction of the stored text with the configured action per type ({@code redact} puts typed placeholders). */
public final class PiiTransform implements TextTransform {
    private static final long serialVersionUID = 1L;
    private final PiiRedactor.Spec spec;
    private transient PiiRedactor redactor;

    public PiiTransform(PiiRedactor.Spec spec) {
        this.spec = spec;
    }

    @Override
    public void open() {
        redactor = new PiiRedactor(spec);
    }

    @Override
    public String apply(Doc doc) {
        if (redactor == null) {
            open();
        }
        return redactor.apply(doc.text()).text();
    }
}
