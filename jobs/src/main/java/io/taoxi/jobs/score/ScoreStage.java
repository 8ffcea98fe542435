package io.taoxi.jobs.score;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile_approx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.engine.DocScore;
import io.taoxi.engine.ScoreOptions;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.stage.ParquetInputStage;
import io.taoxi.jobs.stage.StageException;
import io.taoxi.jobs.stage.StageProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * Stage: {@code taoxi score}. Scores every kept document of the previous stage with a Qwen2 model and keeps
 * CCNet's low-perplexity buckets.
 *
 * <ol>
 *   <li>Per partition: tokenize with the model's own {@code tokenizer.json} ({@code encodeOrdinary}: a literal
 *       {@code <|endoftext|>} in a page stays text), gather up to {@value #CHUNK_DOCS} documents, sort them by
 *       length, and score batches of about {@code batch_tokens} tokens on the executor's engine
 *       ({@link ScoreEngines}: one per JVM). Writes {@code perplexity}, {@code nll_per_token} (nats),
 *       {@code bits_per_byte} and {@code tokens_scored}.</li>
 *   <li>On the driver: the {@code head_percentile} / {@code tail_percentile} perplexities per language ×
 *       source ({@code percentile_approx} over the scored rows, which are cached so the engine runs once).</li>
 *   <li>Per row: {@code perplexity_bucket} ({@link PerplexityBuckets}), then keep or drop
 *       ({@code perplexity_tail}, {@code perplexity_middle}, {@code perplexity_head} for buckets not kept,
 *       {@code perplexity_above_max} for the absolute ceiling).</li>
 * </ol>
 *
 * <p>Other outcomes: dropped {@code too_few_tokens} (fewer than 2 tokens: nothing meaningful to score);
 * quarantined {@code tokenize_error} (the tokenizer threw) and {@code score_error} (the engine threw for this
 * document — a failed batch is retried one document at a time so only the culprit is quarantined — or
 * returned a non-finite perplexity). The engine failing to open fails the task, and so the stage.
 *
 * <p>The cut-offs, with per-bucket counts, are written to {@code perplexity_buckets.json} in the stage folder
 * while it is still {@code OUT.inprogress} (from {@link #countIn}, which the runner calls after the outputs
 * and before the manifest; {@code TokenizeStage} writes its {@code tokens.json} the same way), so the file is
 * published atomically with the rest.
 */
public final class ScoreStage extends ParquetInputStage {
    public static final String NAME = "score";
    /** Bump when any output can change for the same input, model and spec. */
    public static final String OPERATOR = "perplexity_v1";
    public static final String PERPLEXITY = "perplexity";
    public static final String NLL_PER_TOKEN = "nll_per_token";
    public static final String BITS_PER_BYTE = "bits_per_byte";
    public static final String TOKENS_SCORED = "tokens_scored";
    public static final String PPL_BUCKET = "perplexity_bucket";
    public static final String TOO_FEW_TOKENS = "too_few_tokens";
    public static final String TOKENIZE_ERROR = "tokenize_error";
    public static final String SCORE_ERROR = "score_error";
    public static final String BUCKETS_JSON = "perplexity_buckets.json";
    /** Fewer tokens than this are dropped (one token leaves nothing to predict without a prefix). */
    public static final int MIN_TOKENS = 2;
    /** Documents gathered per partition before sorting by length and scoring. */
    static final int CHUNK_DOCS = 256;
    /** percentile_approx accuracy: relative rank error 1 / accuracy (Spark's default). */
    static final int PERCENTILE_ACCURACY = 10_000;

    private final ScoreSpec spec;
    private final ScoreModel model;
    private final ScoreSpec.Resolved resolved;
    private final String output;
    private Dataset<Row> scored;
    private Map<String, PerplexityBuckets.Cutoffs> cutoffs;

    /**
     * Checks the model folder (config, weights, tokenizer.json) and resolves the window, on the driver.
     *
     * @param spec the {@code score} section, with {@code model} set
     * @param input the previous stage's folder
     * @param output this stage's folder ({@value #BUCKETS_JSON} goes into {@code output.inprogress} while it runs)
     */
    public ScoreStage(ScoreSpec spec, String input, String output) {
        super(input);
        this.spec = spec;
        this.model = ScoreModel.inspect(Path.of(spec.requireModel()));
        this.resolved = spec.resolve(model.config());
        this.output = output;
    }

    @Override
    public String name() {
        return NAME;
    }

    public ScoreModel model() {
        return model;
    }

    public ScoreSpec.Resolved resolved() {
        return resolved;
    }

    /** The cut-offs per {@link PerplexityBuckets#key}, after {@link #outcomes} ran; null before. */
    public Map<String, PerplexityBuckets.Cutoffs> cutoffs() {
        return cutoffs;
    }

    @Override
    public JsonNode config() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("operator", OPERATOR);
        c.put("model", model.directory());
        c.put("model_fingerprint", model.fingerprint());
        c.put("tokenizer_sha256", model.tokenizerSha256());
        c.put("encode", "ordinary");
        c.put("engine", spec.engine());
        c.put("compute", spec.compute());
        c.put("device", spec.device());
        c.put("window_tokens", resolved.windowTokens());
        c.put("stride_tokens", resolved.strideTokens());
        c.put("prepend_end_of_text", spec.prependEndOfText());
        c.put("threads", spec.threads());
        c.put("batch_tokens", spec.batchTokens());
        c.put("min_tokens", MIN_TOKENS);
        c.put("keep_buckets", spec.keepBuckets());
        c.put("head_percentile", spec.headPercentile());
        c.put("tail_percentile", spec.tailPercentile());
        c.put("max_perplexity_by_lang", spec.maxPerplexityByLang());
        return ConfigLoader.jsonMapper().valueToTree(c);
    }

    /** Positions of the columns the row functions read and write. */
    record Columns(int id, int source, int lang, int text, int recordBytes, int perplexity,
            int nllPerToken, int bitsPerByte, int tokensScored, int bucket, int width)
            implements java.io.Serializable {
    }

    @Override
    public Dataset<Row> outcomes(SparkSession spark, StageProgress progress) {
        Dataset<Row> input = readKept(spark);
        StructType inSchema = input.schema();
        List<String> inNames = Arrays.asList(inSchema.fieldNames());
        for (String required : List.of(DocSchema.ID, DocSchema.SOURCE, DocSchema.TEXT)) {
            if (!inNames.contains(required)) {
                throw new StageException(NAME + ": the input " + input + " has no column " + required);
            }
        }
        List<StructField> fields = new ArrayList<>(Arrays.asList(inSchema.fields()));
        int recordBytesAt = slot(fields, DataTypes.createStructField(DocSchema.RECORD_BYTES, DataTypes.LongType, true));
        int pplAt = slot(fields, DataTypes.createStructField(PERPLEXITY, DataTypes.DoubleType, true));
        int nllAt = slot(fields, DataTypes.createStructField(NLL_PER_TOKEN, DataTypes.DoubleType, true));
        int bpbAt = slot(fields, DataTypes.createStructField(BITS_PER_BYTE, DataTypes.DoubleType, true));
        int tokensAt = slot(fields, DataTypes.createStructField(TOKENS_SCORED, DataTypes.IntegerType, true));
        int bucketAt = slot(fields, DataTypes.createStructField(PPL_BUCKET, DataTypes.StringType, true));
        int width = fields.size();
        fields.add(DataTypes.createStructField(DocSchema.OUTCOME, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(DocSchema.REASON, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DocSchema.ERROR_CLASS, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DocSchema.ERROR_MESSAGE, DataTypes.StringType, true));
        StructType outSchema = new StructType(fields.toArray(new StructField[0]));
        Columns at = new Columns(inNames.indexOf(DocSchema.ID), inNames.indexOf(DocSchema.SOURCE),
                inNames.indexOf(DocSchema.LANG), inNames.indexOf(DocSchema.TEXT), recordBytesAt, pplAt, nllAt, bpbAt, tokensAt, bucketAt, width);

        ScoreEngines.Key key = new ScoreEngines.Key(model.directory(), model.fingerprint(), spec.engine(),
                spec.threads(), spec.batchTokens(), spec.compute());
        ScoreDevice.Placement placement = ScoreDevice.plan(spec.device(), spark.sparkContext().master(),
                spark.sparkContext().getConf());
        // Through the RDD API so that GPU scoring can carry its task resource profile (one GPU per task).
        JavaRDD<Row> rows = input.javaRDD().mapPartitions(new ScorePartition(key, placement,
                resolved.windowTokens(), resolved.strideTokens(), spec.prependEndOfText(), spec.batchTokens(), at,
                progress.records(), progress.bytes()));
        if (placement == ScoreDevice.Placement.CUDA_SCHEDULED) {
            rows = rows.withResources(ScoreDevice.gpuTaskProfile());
        }
        scored = spark.createDataFrame(rows, outSchema).persist(StorageLevel.MEMORY_AND_DISK());
        cutoffs = computeCutoffs(scored);
        return scored.map(new Decide(new HashMap<>(cutoffs), spec, at), Encoders.row(outSchema));
    }

    private static int slot(List<StructField> fields, StructField field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field.name())) {
                fields.set(i, field);
                return i;
            }
        }
        fields.add(field);
        return fields.size() - 1;
    }

    private static Column langColumn(Dataset<Row> rows) {
        return Arrays.asList(rows.columns()).contains(DocSchema.LANG)
                ? coalesce(col(DocSchema.LANG), lit("")) : lit("");
    }

    /** The percentiles per language × source over the rows scored so far (the provisional {@code kept}). */
    private Map<String, PerplexityBuckets.Cutoffs> computeCutoffs(Dataset<Row> rows) {
        List<Row> groups = rows.filter(col(DocSchema.OUTCOME).equalTo("kept"))
                .groupBy(langColumn(rows).as("lang"), coalesce(col(DocSchema.SOURCE), lit("")).as("source"))
                .agg(percentile_approx(col(PERPLEXITY), array(lit(spec.headPercentile()), lit(spec.tailPercentile())),
                        lit(PERCENTILE_ACCURACY)).as("p"), count(lit(1)).as("n"))
                .collectAsList();
        Map<String, PerplexityBuckets.Cutoffs> out = new TreeMap<>();
        for (Row g : groups) {
            List<Object> p = g.getList(2);
            out.put(PerplexityBuckets.key(g.getString(0), g.getString(1)), new PerplexityBuckets.Cutoffs(
                    ((Number) p.get(0)).doubleValue(), ((Number) p.get(1)).doubleValue(), g.getLong(3)));
        }
        return out;
    }

    /**
     * The input count, as every Parquet stage; and, while the output is still {@code OUT.inprogress}, the
     * cut-offs and bucket counts into {@value #BUCKETS_JSON}. Releases the cached scored rows.
     */
    @Override
    public long countIn(SparkSession spark, Dataset<Row> outcomes, long sourceRecords) {
        long in = super.countIn(spark, outcomes, sourceRecords);
        try {
            List<Row> counts = outcomes.filter(col(PPL_BUCKET).isNotNull())
                    .groupBy(langColumn(outcomes).as("lang"), coalesce(col(DocSchema.SOURCE), lit("")).as("source"),
                            col(PPL_BUCKET), col(DocSchema.OUTCOME))
                    .agg(count(lit(1)))
                    .collectAsList();
            writeBucketsJson(spark, counts);
        } finally {
            if (scored != null) {
                scored.unpersist(false);
            }
        }
        return in;
    }

    private void writeBucketsJson(SparkSession spark, List<Row> counts) {
        ObjectMapper json = ConfigLoader.jsonMapper();
        Map<String, long[]> byGroup = new TreeMap<>(); // head, middle, tail, kept, dropped
        for (Row r : counts) {
            long[] c = byGroup.computeIfAbsent(PerplexityBuckets.key(r.getString(0), r.getString(1)), k -> new long[5]);
            long n = r.getLong(4);
            c[ScoreSpec.BUCKETS.indexOf(r.getString(2))] += n;
            c["kept".equals(r.getString(3)) ? 3 : 4] += n;
        }
        ObjectNode root = json.createObjectNode();
        root.put("stage", NAME);
        root.put("operator", OPERATOR);
        root.put("model", model.directory());
        root.put("head_percentile", spec.headPercentile());
        root.put("tail_percentile", spec.tailPercentile());
        root.set("keep_buckets", json.valueToTree(spec.keepBuckets()));
        root.set("max_perplexity_by_lang", json.valueToTree(spec.maxPerplexityByLang()));
        root.put("percentile_accuracy", PERCENTILE_ACCURACY);
        ArrayNode groups = root.putArray("groups");
        for (Map.Entry<String, PerplexityBuckets.Cutoffs> e : cutoffs.entrySet()) {
            int tab = e.getKey().indexOf('\t');
            long[] c = byGroup.getOrDefault(e.getKey(), new long[5]);
            ObjectNode g = groups.addObject();
            g.put("lang", e.getKey().substring(0, tab));
            g.put("source", e.getKey().substring(tab + 1));
            g.put("docs_scored", e.getValue().docsScored());
            g.put("head_max_perplexity", e.getValue().headMaxPerplexity());
            g.put("middle_max_perplexity", e.getValue().middleMaxPerplexity());
            g.put("head", c[0]);
            g.put("middle", c[1]);
            g.put("tail", c[2]);
            g.put("kept", c[3]);
            g.put("dropped", c[4]);
        }
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(
                new org.apache.hadoop.fs.Path(out.getParent(), out.getName() + ".inprogress"), BUCKETS_JSON);
        try {
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream os = fs.create(file, true)) {
                os.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
                os.write('\n');
            }
        } catch (IOException e) {
            throw new StageException(NAME + ": cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Per partition: tokenize, batch by length, score; provisional outcome {@code kept} for scored rows. */
    private static final class ScorePartition implements FlatMapFunction<Iterator<Row>, Row> {
        private static final long serialVersionUID = 1L;
        private final ScoreEngines.Key key;
        private final ScoreDevice.Placement placement;
        private final int window;
        private final int stride;
        private final boolean prepend;
        private final int batchTokens;
        private final Columns at;
        private final LongAccumulator records;
        private final LongAccumulator bytes;

        ScorePartition(ScoreEngines.Key key, ScoreDevice.Placement placement, int window, int stride, boolean prepend,
                int batchTokens, Columns at, LongAccumulator records, LongAccumulator bytes) {
            this.key = key;
            this.placement = placement;
            this.window = window;
            this.stride = stride;
            this.prepend = prepend;
            this.batchTokens = batchTokens;
            this.at = at;
            this.records = records;
            this.bytes = bytes;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            if (!rows.hasNext()) {
                return java.util.Collections.emptyIterator();
            }
            ScoreEngines.Engine engine = ScoreEngines.get(key.onDevice(
                    ScoreDevice.taskDevice(placement, org.apache.spark.TaskContext.get())));
            ScoreOptions options = new ScoreOptions(window, stride, prepend, false);
            return new Chunks(rows, engine, options, batchTokens, at, records, bytes);
        }
    }

    /** Reads a chunk of rows, scores it in length-sorted batches, hands the rows back in input order. */
    private static final class Chunks implements Iterator<Row> {
        private final Iterator<Row> rows;
        private final ScoreEngines.Engine engine;
        private final ScoreOptions options;
        private final int batchTokens;
        private final Columns at;
        private final LongAccumulator records;
        private final LongAccumulator bytes;
        private final ArrayDeque<Row> ready = new ArrayDeque<>();

        Chunks(Iterator<Row> rows, ScoreEngines.Engine engine, ScoreOptions options, int batchTokens, Columns at,
                LongAccumulator records, LongAccumulator bytes) {
            this.rows = rows;
            this.engine = engine;
            this.options = options;
            this.batchTokens = batchTokens;
            this.at = at;
            this.records = records;
            this.bytes = bytes;
        }

        @Override
        public boolean hasNext() {
            if (ready.isEmpty() && rows.hasNext()) {
                fill();
            }
            return !ready.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return ready.poll();
        }

        private void fill() {
            List<Object[]> outs = new ArrayList<>();
            List<int[]> ids = new ArrayList<>();
            List<Long> utf8 = new ArrayList<>();
            List<Integer> pending = new ArrayList<>();
            long chunkTokens = 0;
            while (rows.hasNext() && outs.size() < CHUNK_DOCS && chunkTokens < 8L * batchTokens) {
                Row in = rows.next();
                Object[] out = new Object[at.width() + 4];
                for (int i = 0; i < in.size(); i++) {
                    out[i] = in.get(i);
                }
                for (int i : new int[] {at.perplexity(), at.nllPerToken(), at.bitsPerByte(), at.tokensScored(),
                    at.bucket()}) {
                    out[i] = null;
                }
                String text = in.isNullAt(at.text()) ? "" : in.getString(at.text());
                byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
                out[at.recordBytes()] = (long) textBytes.length;
                records.add(1);
                bytes.add(textBytes.length);
                int index = outs.size();
                outs.add(out);
                utf8.add((long) textBytes.length);
                int[] tokens = null;
                try {
                    tokens = engine.tokenizer().encodeOrdinary(text);
                } catch (RuntimeException e) {
                    quarantine(out, TOKENIZE_ERROR, e);
                }
                ids.add(tokens);
                if (tokens == null) {
                    continue;
                }
                if (tokens.length < MIN_TOKENS) {
                    out[at.width()] = "dropped";
                    out[at.width() + 1] = TOO_FEW_TOKENS;
                } else {
                    pending.add(index);
                    chunkTokens += tokens.length;
                }
            }
            pending.sort(Comparator.comparingInt((Integer i) -> ids.get(i).length).thenComparingInt(i -> i));
            List<Integer> batch = new ArrayList<>();
            long batchSize = 0;
            for (int i : pending) {
                int length = ids.get(i).length + (options.prependEndOfText() ? 1 : 0);
                if (!batch.isEmpty() && batchSize + length > batchTokens) {
                    score(batch, outs, ids, utf8);
                    batch = new ArrayList<>();
                    batchSize = 0;
                }
                batch.add(i);
                batchSize += length;
            }
            if (!batch.isEmpty()) {
                score(batch, outs, ids, utf8);
            }
            for (Object[] out : outs) {
                ready.add(RowFactory.create(out));
            }
        }

        /** Scores a batch; when the engine throws, each document alone, so only the culprit is quarantined. */
        private void score(List<Integer> batch, List<Object[]> outs, List<int[]> ids, List<Long> utf8) {
            int[][] docs = new int[batch.size()][];
            long[] docBytes = new long[batch.size()];
            for (int k = 0; k < batch.size(); k++) {
                docs[k] = ids.get(batch.get(k));
                docBytes[k] = utf8.get(batch.get(k));
            }
            List<DocScore> scores;
            try {
                scores = engine.score(docs, docBytes, options);
            } catch (RuntimeException e) {
                if (batch.size() == 1) {
                    quarantine(outs.get(batch.get(0)), SCORE_ERROR, e);
                } else {
                    for (int i : batch) {
                        score(List.of(i), outs, ids, utf8);
                    }
                }
                return;
            }
            for (int k = 0; k < batch.size(); k++) {
                Object[] out = outs.get(batch.get(k));
                DocScore s = scores.get(k);
                if (!Double.isFinite(s.perplexity()) || s.tokensScored() == 0) {
                    quarantine(out, SCORE_ERROR, new IllegalStateException("perplexity " + s.perplexity()
                            + " over " + s.tokensScored() + " tokens is not a finite score"));
                    continue;
                }
                out[at.perplexity()] = s.perplexity();
                out[at.nllPerToken()] = s.nllPerToken();
                out[at.bitsPerByte()] = Double.isFinite(s.bitsPerByte()) ? s.bitsPerByte() : null;
                out[at.tokensScored()] = s.tokensScored();
                out[at.width()] = "kept";
                out[at.width() + 1] = null;
            }
        }

        private void quarantine(Object[] out, String reason, RuntimeException e) {
            out[at.width()] = "quarantined";
            out[at.width() + 1] = reason;
            out[at.width() + 2] = e.getClass().getName();
            StackTraceElement[] trace = e.getStackTrace();
            out[at.width() + 3] = "document " + out[at.id()] + ": " + e.getMessage()
                    + (trace.length > 0 ? " (at " + trace[0] + ")" : "");
        }
    }

    /** Per row: bucket from the group's cut-offs, then keep or drop. */
    private static final class Decide implements MapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final HashMap<String, PerplexityBuckets.Cutoffs> cutoffs;
        private final ScoreSpec spec;
        private final Columns at;

        Decide(HashMap<String, PerplexityBuckets.Cutoffs> cutoffs, ScoreSpec spec, Columns at) {
            this.cutoffs = cutoffs;
            this.spec = spec;
            this.at = at;
        }

        @Override
        public Row call(Row in) {
            if (!"kept".equals(in.getString(at.width()))) {
                return in;
            }
            Object[] out = new Object[in.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = in.get(i);
            }
            String lang = at.lang() < 0 || in.isNullAt(at.lang()) ? "" : in.getString(at.lang());
            String source = in.isNullAt(at.source()) ? "" : in.getString(at.source());
            double ppl = in.getDouble(at.perplexity());
            String bucket = PerplexityBuckets.bucket(ppl, PerplexityBuckets.of(cutoffs, lang, source));
            out[at.bucket()] = bucket;
            String reason = PerplexityBuckets.dropReason(bucket, ppl, spec.maxPerplexity(lang), spec.keepBuckets());
            if (reason != null) {
                out[at.width()] = "dropped";
                out[at.width() + 1] = reason;
            }
            return RowFactory.create(out);
        }
    }
}
