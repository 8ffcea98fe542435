package io.taoxi.jobs.toxicity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.taoxi.filters.toxicity.ToxicityFeatures;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.spark.SparkSessions;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Infrastructure: {@code taoxi train-toxicity}. Reads a labelled set, holds out {@code --test-fraction} of it
 * (seeded), trains {@link ToxicityModel}'s pipeline with class weights {@code n / (2 n_class)} on the rest,
 * and writes the model, {@code evaluation.json} and {@code evaluation.md} (ROC-AUC, precision, recall, F1 and
 * confusion matrix at {@code --threshold}) measured on the held-out part only.
 */
@Command(name = "train-toxicity", mixinStandardHelpOptions = true,
        description = "Train a toxicity classifier (char 1-3-grams + segmented words, hashed; logistic regression)"
                + " from a labelled CSV/TSV/JSONL and write it with its evaluation on a held-out split.")
public final class TrainToxicityCommand implements Callable<Integer> {
    @Option(names = "--labeled", required = true, description = "Labelled file (.csv, .tsv, .jsonl; or see --format).")
    String labeled;

    @Option(names = "--text-column", defaultValue = "text", description = "Column with the text (COLD: TEXT, ToxiCN: content, Jigsaw: comment_text).")
    String textColumn;

    @Option(names = "--label-column", defaultValue = "label", description = "Column with the label (0/1, true/false, toxic/clean, or a 0-1 fraction).")
    String labelColumn;

    @Option(names = "--output", required = true, description = "Model folder to write (replaced if present).")
    String output;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "Share held out for evaluation (0.05-0.5).")
    double testFraction;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split.")
    long seed;

    @Option(names = "--format", description = "csv, tsv or jsonl (default: from the file name).")
    String format;

    @Option(names = "--label-threshold", defaultValue = "0.5", description = "Numeric labels at or above this are toxic.")
    double labelThreshold;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Decision threshold reported in the evaluation and saved with the model.")
    double threshold;

    @Option(names = "--num-features", defaultValue = "262144", description = "Hash space size (power of two).")
    int numFeatures;

    @Option(names = "--reg-param", defaultValue = "0.01", description = "L2 regularisation of the logistic regression.")
    double regParam;

    @Option(names = "--max-iter", defaultValue = "200", description = "Iterations of the logistic regression.")
    int maxIter;

    @Option(names = "--master", description = "Spark master for an embedded run (default local[*]).")
    String master;

    /** What training measured; also written as evaluation.json. */
    public record Evaluation(Map<String, Object> values) {
        public double rocAuc() {
            return ((Number) values.get("roc_auc")).doubleValue();
        }
    }

    @Override
    public Integer call() throws IOException {
        validate();
        PipelineConfig.SparkSpec sparkSpec = PipelineConfig.SparkSpec.defaults();
        if (master != null) {
            sparkSpec = new PipelineConfig.SparkSpec(master, sparkSpec.shufflePartitions(), sparkSpec.conf());
        }
        SparkSession spark = SparkSessions.create("taoxi train-toxicity", sparkSpec);
        try {
            Evaluation evaluation = train(spark);
            System.out.printf(Locale.ROOT, "train-toxicity: ROC-AUC %.4f on %s held-out rows; model -> %s%n",
                    evaluation.rocAuc(), evaluation.values().get("test_rows"), output);
            return 0;
        } finally {
            spark.stop();
        }
    }

    void validate() {
        if (!(testFraction >= 0.05 && testFraction <= 0.5)) {
            throw new IllegalArgumentException("--test-fraction must be in [0.05, 0.5], got " + testFraction);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("--threshold must be in (0, 1), got " + threshold);
        }
        if (numFeatures < 1024 || Integer.bitCount(numFeatures) != 1) {
            throw new IllegalArgumentException("--num-features must be a power of two >= 1024, got " + numFeatures);
        }
    }

    /** Trains and writes the model folder with the given (shared) session; never stops it. */
    public Evaluation train(SparkSession spark) throws IOException {
        validate();
        LabeledData.Loaded loaded = LabeledData.read(spark, labeled, format, textColumn, labelColumn, labelThreshold);
        Dataset<Row>[] split = loaded.rows().randomSplit(new double[] {1 - testFraction, testFraction}, seed);
        Dataset<Row> train = split[0].cache();
        Dataset<Row> test = split[1].cache();
        long trainRows = train.count();
        long trainPositive = train.filter(col("label").equalTo(1.0)).count();
        long testRows = test.count();
        if (trainPositive == 0 || trainPositive == trainRows || testRows == 0) {
            throw new IllegalArgumentException(labeled + ": need both classes in training and a non-empty test split"
                    + " (train " + trainRows + " rows, " + trainPositive + " toxic; test " + testRows + ")");
        }
        double weightPositive = trainRows / (2.0 * trainPositive);
        double weightNegative = trainRows / (2.0 * (trainRows - trainPositive));

        ToxicityFeatures.Config features = ToxicityFeatures.Config.defaults();
        Dataset<Row> trainInput = train
                .withColumn(ToxicityModel.FEATURES, ToxicityModel.features(col("text"), features))
                .withColumn(ToxicityModel.WEIGHT, when(col("label").equalTo(1.0), lit(weightPositive))
                        .otherwise(lit(weightNegative)));
        PipelineModel fitted = ToxicityModel.untrained(numFeatures, regParam, maxIter).fit(trainInput);
        ToxicityModel model = new ToxicityModel(fitted, new ToxicityModel.Settings(ToxicityModel.NAME,
                features.minCharN(), features.maxCharN(), features.words(), features.maxChars(), numFeatures, threshold));
        model.save(output);

        List<Row> scored = model.transform(test, "text").select(ToxicityModel.SCORE_COLUMN, "label").collectAsList();
        double[] scores = scored.stream().mapToDouble(r -> r.getDouble(0)).toArray();
        double[] labels = scored.stream().mapToDouble(r -> r.getDouble(1)).toArray();
        double auc = BinaryMetrics.rocAuc(scores, labels);
        BinaryMetrics.Confusion c = BinaryMetrics.confusion(scores, labels, threshold);

        Map<String, Object> v = new LinkedHashMap<>();
        v.put("model", ToxicityModel.NAME);
        v.put("labeled", labeled);
        v.put("text_column", textColumn);
        v.put("label_column", labelColumn);
        v.put("rows_read", loaded.read());
        v.put("rows_skipped", loaded.skipped());
        v.put("seed", seed);
        v.put("test_fraction", testFraction);
        v.put("train_rows", trainRows);
        v.put("train_toxic", trainPositive);
        v.put("test_rows", testRows);
        v.put("test_toxic", c.truePositive() + c.falseNegative());
        v.put("class_weights", Map.of("toxic", weightPositive, "clean", weightNegative));
        v.put("roc_auc", auc);
        v.put("threshold", threshold);
        v.put("precision", c.precision());
        v.put("recall", c.recall());
        v.put("f1", c.f1());
        v.put("accuracy", c.accuracy());
        v.put("confusion", Map.of("true_positive", c.truePositive(), "false_positive", c.falsePositive(),
                "true_negative", c.trueNegative(), "false_negative", c.falseNegative()));
        v.put("features", Map.of("char_ngrams", features.minCharN() + "-" + features.maxCharN(),
                "segmented_words", features.words(), "max_chars", features.maxChars(), "num_features", numFeatures));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ToxicityModel.writeText(spark, output + "/evaluation.json", json.writeValueAsString(v) + "\n");
        ToxicityModel.writeText(spark, output + "/evaluation.md", markdown(v, c));
        train.unpersist();
        test.unpersist();
        loaded.rows().unpersist();
        return new Evaluation(v);
    }

    private static String markdown(Map<String, Object> v, BinaryMetrics.Confusion c) {
        return String.format(Locale.ROOT, """
                # Toxicity model evaluation (%s)

                Held-out split: %s of %s usable rows (seed %s, test fraction %s); %s rows skipped (no text or label).
                Trained on %s rows (%s toxic) with class weights toxic %.3f, clean %.3f.

                | metric | value |
                |---|---|
                | ROC-AUC | %.4f |
                | threshold | %.2f |
                | precision | %.4f |
                | recall | %.4f |
                | F1 | %.4f |
                | accuracy | %.4f |

                Confusion matrix at the threshold (rows: actual, columns: predicted):

                | | predicted toxic | predicted clean |
                |---|---|---|
                | toxic | %d | %d |
                | clean | %d | %d |
                """, v.get("model"), v.get("test_rows"), ((Number) v.get("rows_read")).longValue()
                        - ((Number) v.get("rows_skipped")).longValue(), v.get("seed"), v.get("test_fraction"),
                v.get("rows_skipped"), v.get("train_rows"), v.get("train_toxic"),
                ((Map<?, ?>) v.get("class_weights")).get("toxic"), ((Map<?, ?>) v.get("class_weights")).get("clean"),
                v.get("roc_auc"), v.get("threshold"), c.precision(), c.recall(), c.f1(), c.accuracy(),
                c.truePositive(), c.falseNegative(), c.falsePositive(), c.trueNegative());
    }
}
