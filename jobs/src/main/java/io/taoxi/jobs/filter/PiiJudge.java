package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.Verdict;
import io.taoxi.filters.pii.PiiRedactor;
import io.taoxi.filters.pii.PiiType;

/** Drops documents holding a PII type whose configured action is {@code drop} (reason {@code pii_<type>}). */
public final class PiiJudge implements DocJudge {
    private static final long serialVersionUID = 1L;
    private final PiiRedactor.Spec spec;

    public PiiJudge(PiiRedactor.Spec spec) {
        this.spec = spec;
    }

    @Override
    public Verdict judge(Doc doc) {
        for (PiiType type : PiiType.values()) {
            if (spec.action(type) == PiiRedactor.Action.DROP) {
                double count = doc.signal("pii_" + type.key() + "_count", 0);
                if (count > 0) {
                    return new Verdict.Drop("pii_" + type.key(), count);
                }
            }
        }
        return Verdict.KEEP;
    }
}
