package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Verdict;
import io.taoxi.filters.pii.PiiDetector;
import io.taoxi.filters.toxicity.LexiconScorer;
import io.taoxi.filters.quality.QualityOperators;
import io.taoxi.filters.quality.QualityThresholds;
import io.taoxi.jobs.config.ConfigLoader;
import java.util.ArrayList;
import java.util.List;

/** Infrastructure: builds the {@code filter} stage from its spec. */
public final class FilterStages {
    private FilterStages() {
    }

    public static FilterStage filter(FilterSpec spec, String input) {
        List<OperatorFactory> operators = new ArrayList<>();
        var langid = spec.langid();
        operators.add(() -> new LangidOperator(langid));
        operators.add(() -> new CompositeOperator("quality", QualityOperators.defaults()));
        var toxicity = spec.toxicity();
        operators.add(() -> new LexiconScorer(toxicity));
        var pii = spec.pii();
        operators.add(() -> new PiiDetector(pii.scanner()));
        // A misspelled signal in a rule fails here, on the driver, before any task runs.
        List<String> known = new ArrayList<>();
        QualityOperators.columns(QualityOperators.defaults()).forEach(c -> known.add(c.name()));
        known.addAll(List.of("lang_score", "lang_mixed"));
        new LexiconScorer(toxicity).columns().forEach(c -> known.add(c.name()));
        new PiiDetector(pii.scanner()).columns().forEach(c -> known.add(c.name()));
        try {
            new QualityThresholds(spec.quality()).requireKnownSignals(known);
        } catch (IllegalArgumentException e) {
            throw new io.taoxi.jobs.config.ConfigException("filter.quality: " + e.getMessage(), e);
        }
        List<DocJudge> judges = new ArrayList<>();
        if (spec.dropUndetermined()) {
            judges.add(doc -> "und".equals(doc.lang())
                    ? new Verdict.Drop("lang_undetermined", doc.signal("lang_score", 0)) : Verdict.KEEP);
        }
        judges.add(new QualityJudge(spec.quality()));
        judges.add(new PiiJudge(pii));
        return new FilterStage("filter", input, ConfigLoader.jsonMapper().valueToTree(spec), operators,
                List.of(new PiiTransform(pii)), judges);
    }
}
