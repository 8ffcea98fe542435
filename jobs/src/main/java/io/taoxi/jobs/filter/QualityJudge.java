package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.Verdict;
import io.taoxi.filters.quality.QualityThresholds;

/** The quality thresholds of the configuration as a judge; code documents are left to the code rules. */
public final class QualityJudge implements DocJudge {
    private static final long serialVersionUID = 1L;
    private final QualityThresholds.Spec spec;
    private transient QualityThresholds thresholds;

    public QualityJudge(QualityThresholds.Spec spec) {
        this.spec = spec;
    }

    @Override
    public Verdict judge(Doc doc) {
        if ("code".equals(doc.lang()) || "code".equals(doc.source())) {
            return Verdict.KEEP;
        }
        if (thresholds == null) {
            thresholds = new QualityThresholds(spec);
        }
        return thresholds.judge(doc);
    }
}
