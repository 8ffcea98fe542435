package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Verdict;
import io.taoxi.filters.pii.PiiDetector;
import io.taoxi.filters.toxicity.LexiconScorer;
import io.taoxi.filters.quality.QualityOperators;
import io.taoxi.filters.quality.QualityThresholds;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.toxicity.ToxicityModel;
import io.taoxi.jobs.toxicity.ToxicityModelOperator;
import io.taoxi.jobs.toxicity.ToxicityModelScorer;
import java.nio.file.Path;
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
        var toxicity = spec.toxicity().lexicon();
        operators.add(() -> new LexiconScorer(toxicity));
        String model = checkedModel(spec);
        if (model != null) {
            operators.add(() -> new ToxicityModelOperator(model));
        }
        var pii = spec.pii();
        operators.add(() -> new PiiDetector(pii.scanner()));
        // A misspelled signal in a rule fails here, on the driver, before any task runs.
        List<String> known = new ArrayList<>();
        QualityOperators.columns(QualityOperators.defaults()).forEach(c -> known.add(c.name()));
        known.addAll(List.of("lang_score", "lang_mixed"));
        new LexiconScorer(toxicity).columns().forEach(c -> known.add(c.name()));
        new PiiDetector(pii.scanner()).columns().forEach(c -> known.add(c.name()));
        if (model != null) {
            ToxicityModelOperator.COLUMNS.forEach(c -> known.add(c.name()));
        } else {
            spec.quality().rules().forEach((lang, rules) -> rules.forEach(rule -> {
                if (rule.signal().equals(ToxicityModel.SCORE_COLUMN)) {
                    throw new ConfigException("filter.quality.rules." + lang + ": rule '" + rule.reason() + "' reads "
                            + ToxicityModel.SCORE_COLUMN + ", which needs filter.toxicity.model (a folder written by "
                            + "taoxi train-toxicity); it is not set");
                }
            }));
        }
        try {
            new QualityThresholds(spec.quality()).requireKnownSignals(known);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("filter.quality: " + e.getMessage(), e);
        }
        List<DocJudge> judges = new ArrayList<>();
        if (spec.dropUndetermined()) {
            judges.add(doc -> "und".equals(doc.lang())
                    ? new Verdict.Drop("lang_undetermined", doc.signal("lang_score", 0)) : Verdict.KEEP);
        }
        judges.add(new QualityJudge(spec.quality()));
        judges.add(new PiiJudge(pii));
        ObjectNode config = ConfigLoader.jsonMapper().valueToTree(spec);
        if (model != null) {
            // The stage reruns when the model folder's content changes, not only its path.
            ((ObjectNode) config.get("toxicity")).put("model_sha256", ToxicityModelScorer.fingerprint(Path.of(model)));
        }
        return new FilterStage("filter", input, config, operators, List.of(new PiiTransform(pii)), judges);
    }

    /**
     * {@code filter.toxicity.model} as an absolute local path after loading it once here, on the driver,
     * before Spark starts: a missing folder or a bad model fails naming the key. Null when not set.
     */
    static String checkedModel(FilterSpec spec) {
        String model = spec.toxicity().model();
        if (model == null) {
            return null;
        }
        String key = "filter.toxicity.model = " + model + ": ";
        if (model.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !model.startsWith("file:")) {
            throw new ConfigException(key + "must be a local folder (mounted at the same path on every executor)");
        }
        Path folder = Path.of(model.replaceFirst("^file:(//)?", "")).toAbsolutePath().normalize();
        try {
            ToxicityModelScorer.load(folder);
        } catch (ToxicityModelScorer.BadModelException e) {
            throw new ConfigException(key + e.getMessage(), e);
        }
        return folder.toString();
    }
}
