package io.taoxi.jobs.toxicity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.taoxi.filters.toxicity.ToxicityFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * Stage helper: a trained toxicity classifier applied to a Dataset. The model folder holds
 * {@code pipeline/} (Spark MLlib: HashingTF → IDF → logistic regression), {@code features.json} (the
 * feature config, {@link ToxicityFeatures.Config}, hash size and decision threshold) and the evaluation
 * written at training time.
 *
 * <pre>
 * ToxicityModel model = ToxicityModel.load("models/toxicity-zh");
 * Dataset&lt;Row&gt; scored = model.transform(docs);          // adds toxicity_model_score (double, 0–1)
 * Dataset&lt;Row&gt; scored = model.transform(docs, "content"); // another text column
 * </pre>
 * Feature strings are computed by the pure {@link ToxicityFeatures} inside a UDF; only the feature config
 * (a record) travels to executors.
 */
public final class ToxicityModel {
    public static final String NAME = "toxicity_lr_v1";
    public static final String SCORE_COLUMN = "toxicity_model_score";
    static final String FEATURES = "_tox_features";
    static final String TERM_FREQUENCIES = "_tox_tf";
    static final String VECTOR = "_tox_vec";
    static final String RAW = "_tox_raw";
    static final String PROBABILITY = "_tox_prob";
    static final String PREDICTION = "_tox_pred";
    static final String WEIGHT = "_tox_weight";
    private static final List<String> INTERNAL = List.of(FEATURES, TERM_FREQUENCIES, VECTOR, RAW, PROBABILITY, PREDICTION);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What {@code features.json} holds. */
    public record Settings(String name, int minCharN, int maxCharN, boolean words, int maxChars, int numFeatures,
            double threshold) {
        public ToxicityFeatures.Config features() {
            return new ToxicityFeatures.Config(minCharN, maxCharN, words, maxChars);
        }
    }

    private final PipelineModel pipeline;
    private final Settings settings;

    ToxicityModel(PipelineModel pipeline, Settings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public static ToxicityModel load(String directory) {
        SparkSession spark = SparkSession.active();
        Settings settings;
        try {
            settings = JSON.readValue(readText(spark, directory + "/features.json"), Settings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the toxicity model's features.json in " + directory, e);
        }
        if (!NAME.equals(settings.name())) {
            throw new IllegalArgumentException(directory + " holds model '" + settings.name() + "', expected " + NAME);
        }
        return new ToxicityModel(PipelineModel.load(directory + "/pipeline"), settings);
    }

    public Dataset<Row> transform(Dataset<Row> input) {
        return transform(input, "text");
    }

    /** {@code input} plus {@value #SCORE_COLUMN}: the probability that the text is toxic. */
    public Dataset<Row> transform(Dataset<Row> input, String textColumn) {
        if (!Arrays.asList(input.columns()).contains(textColumn)) {
            throw new IllegalArgumentException("no text column '" + textColumn + "' in " + Arrays.toString(input.columns()));
        }
        Dataset<Row> withFeatures = input.withColumn(FEATURES, features(col(textColumn), settings.features()));
        Dataset<Row> scored = pipeline.transform(withFeatures).withColumn(SCORE_COLUMN,
                org.apache.spark.ml.functions.vector_to_array(col(PROBABILITY), "float64").getItem(1));
        return scored.drop(INTERNAL.toArray(String[]::new));
    }

    static Column features(Column text, ToxicityFeatures.Config config) {
        return udf((UDF1<String, String[]>) t -> ToxicityFeatures.extract(t, config).toArray(String[]::new),
                DataTypes.createArrayType(DataTypes.StringType)).apply(text);
    }

    static Pipeline untrained(int numFeatures, double regParam, int maxIter) {
        HashingTF tf = new HashingTF().setInputCol(FEATURES).setOutputCol(TERM_FREQUENCIES).setNumFeatures(numFeatures);
        IDF idf = new IDF().setInputCol(TERM_FREQUENCIES).setOutputCol(VECTOR);
        LogisticRegression lr = new LogisticRegression().setFeaturesCol(VECTOR).setLabelCol("label")
                .setWeightCol(WEIGHT).setRawPredictionCol(RAW).setProbabilityCol(PROBABILITY)
                .setPredictionCol(PREDICTION).setRegParam(regParam).setElasticNetParam(0.0).setMaxIter(maxIter);
        return new Pipeline().setStages(new PipelineStage[] {tf, idf, lr});
    }

    void save(String directory) {
        try {
            pipeline.write().overwrite().save(directory + "/pipeline");
            writeText(SparkSession.active(), directory + "/features.json", JSON.writeValueAsString(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the toxicity model to " + directory, e);
        }
    }

    static void writeText(SparkSession spark, String file, String text) throws IOException {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream out = fs.create(path, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String readText(SparkSession spark, String file) throws IOException {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (InputStream in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
