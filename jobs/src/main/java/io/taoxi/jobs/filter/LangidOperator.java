package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;
import io.taoxi.filters.langid.LanguageIdentifier;
import java.util.List;

/**
 * Operator: language identification with the per-language minimum scores of the configuration applied,
 * so {@code lang} is {@code und} below them ({@code lang_score} keeps the raw confidence).
 */
public final class LangidOperator implements SignalOperator {
    private final LanguageIdentifier identifier;
    private final LanguageIdentifier.Spec spec;
    private final int langAt;
    private final int scoreAt;

    public LangidOperator(LanguageIdentifier.Spec spec) {
        this.spec = spec;
        this.identifier = new LanguageIdentifier(spec);
        List<SignalColumn> cols = identifier.columns();
        int lang = -1;
        int score = -1;
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals("lang")) {
                lang = i;
            } else if (cols.get(i).name().equals("lang_score")) {
                score = i;
            }
        }
        this.langAt = lang;
        this.scoreAt = score;
    }

    @Override
    public String name() {
        return identifier.name();
    }

    @Override
    public List<SignalColumn> columns() {
        return identifier.columns();
    }

    @Override
    public Object[] compute(Doc doc) {
        Object[] values = identifier.compute(doc);
        if (langAt >= 0 && scoreAt >= 0 && values[langAt] instanceof String lang
                && values[scoreAt] instanceof Number score) {
            values[langAt] = spec.threshold(lang, score.doubleValue());
        }
        return values;
    }
}
