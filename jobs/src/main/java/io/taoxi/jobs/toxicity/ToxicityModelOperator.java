package io.taoxi.jobs.toxicity;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;
import java.nio.file.Path;
import java.util.List;

/**
 * Operator: the trained toxicity classifier ({@value ToxicityModel#NAME}) as a filter-stage signal,
 * column {@code toxicity_model_score} (double 0–1, the probability of "toxic"). The model folder is read
 * on first use, so building the operator (the driver does it to learn the columns) costs nothing; on an
 * executor it is read once per partition. Thresholds live in conf/ ({@code filter.quality.rules}).
 */
public final class ToxicityModelOperator implements SignalOperator {
    public static final List<SignalColumn> COLUMNS = List.of(new SignalColumn(ToxicityModel.SCORE_COLUMN,
            SignalColumn.Type.DOUBLE, "probability that the text is toxic, from the trained classifier"));

    private final Path directory;
    private ToxicityModelScorer scorer;

    /** @param directory absolute path of a model folder written by {@code taoxi train-toxicity} */
    public ToxicityModelOperator(String directory) {
        this.directory = Path.of(directory);
    }

    @Override
    public String name() {
        return ToxicityModel.NAME;
    }

    @Override
    public List<SignalColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Object[] compute(Doc doc) {
        if (scorer == null) {
            scorer = ToxicityModelScorer.load(directory);
        }
        return new Object[] {scorer.score(doc.text())};
    }
}
