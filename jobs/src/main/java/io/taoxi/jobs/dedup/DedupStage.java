package io.taoxi.jobs.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.filters.dedup.DedupKeys;
import io.taoxi.filters.dedup.Hash64;
import io.taoxi.filters.dedup.KeepPolicy;
import io.taoxi.filters.dedup.LshBands;
import io.taoxi.filters.dedup.Shingler;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.stage.ParquetInputStage;
import io.taoxi.jobs.stage.StageException;
import io.taoxi.jobs.stage.StageProgress;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage: {@code taoxi dedup}. Reads the previous stage's kept documents and removes duplicates in four
 * steps, each deciding by values only (never by row order), so the result is the same for any
 * partitioning (docs/dedup.md):
 * <ol>
 *   <li><b>URL</b>: documents with the same {@code url} keep the latest {@code fetch_time}
 *       ({@code url_duplicate});</li>
 *   <li><b>exact</b>: the same normalised text ({@link DedupKeys#exactKey}; code: file hash)
 *       ({@code exact_duplicate});</li>
 *   <li><b>paragraphs</b> (CCNet): a normalised paragraph found in more than
 *       {@code paragraphMaxRepeats} documents is removed from all of them; the text is rewritten and
 *       {@code paragraphs_removed} counts what went; a document left with fewer than
 *       {@code minCharsAfterParagraphDedup} characters is dropped ({@code too_short_after_paragraph_dedup});
 *       code is not touched;</li>
 *   <li><b>near</b>: MinHash signatures ({@code taoxi} or {@code mllib} family), LSH band buckets, star
 *       edges from each bucket's smallest node id, optional verification by the full-signature estimate,
 *       distributed connected components ({@link ConnectedComponents}); code only meets code
 *       ({@code near_duplicate}).</li>
 * </ol>
 * Every group and cluster keeps one document by the {@link KeepPolicy} (source ranking, quality signal,
 * length, smallest id). Columns added: {@code paragraphs_removed} (int), {@code dup_cluster_id} (16 hex
 * digits: the smallest 64-bit node id of the near-dup cluster, or the survivor's own node id),
 * {@code dup_cluster_size} (how many input documents the survivor stands for: URL, exact and near copies
 * together, itself included), {@code dup_survivor_id} (dropped rows: the kept document that stands for
 * them; null on kept rows and on {@code too_short_after_paragraph_dedup}).
 */
public class DedupStage extends ParquetInputStage {
    public static final String PARAGRAPHS_REMOVED = "paragraphs_removed";
    public static final String DUP_CLUSTER_ID = "dup_cluster_id";
    public static final String DUP_CLUSTER_SIZE = "dup_cluster_size";
    public static final String DUP_SURVIVOR_ID = "dup_survivor_id";
    public static final List<String> ADDED_COLUMNS = List.of(PARAGRAPHS_REMOVED, DUP_CLUSTER_ID, DUP_CLUSTER_SIZE,
            DUP_SURVIVOR_ID);

    public static final String URL_DUPLICATE = "url_duplicate";
    public static final String EXACT_DUPLICATE = "exact_duplicate";
    public static final String TOO_SHORT_AFTER_PARAGRAPH_DEDUP = "too_short_after_paragraph_dedup";
    public static final String NEAR_DUPLICATE = "near_duplicate";

    /** Operator versions: part of the config hash; bump when any output can change. */
    public static final String VERSION = "dedup_v1";

    /**
     * Record: the {@code dedup:} section of a pipeline YAML (snake_case keys), validated in the compact
     * constructor; a missing key takes the default shown. Only this record travels to executors.
     *
     * @param preset {@code fineweb} (14 bands × 8 rows, default), {@code nemo} (20 × 13), {@code optimal}
     *     (datasketch-style choice for {@code threshold} within {@code numPermutations}) or {@code custom}
     *     (then {@code bands} and {@code rows} are required)
     * @param bands bands of the LSH (only with {@code custom}; 1..512)
     * @param rows rows per band (only with {@code custom}; 1..64)
     * @param numPermutations permutation budget for {@code optimal} (default 112; 1..4096)
     * @param threshold Jaccard threshold: verification cut-off and the target of {@code optimal}
     *     (default 0.7; (0, 1))
     * @param verifyPairs drop candidate pairs whose full-signature Jaccard estimate is below {@code threshold}
     *     (default true)
     * @param signatures {@code taoxi} (our permutation family, default) or {@code mllib} (Spark MLlib
     *     {@code MinHashLSH}'s hash functions; banding, candidates and components stay ours)
     * @param seed seed of the permutation family (default 1)
     * @param shingleChars window in characters for Han/kana/Hangul text (default 5)
     * @param shingleWords window in words for space-delimited text (default 5)
     * @param shingleTokens window in tokens for code (default 5)
     * @param minShingles documents with fewer distinct shingles get no signature and are deduplicated only
     *     exactly (default 5; 1..1000)
     * @param exactDedup exact dedup on the normalised text (default true)
     * @param urlDedup keep only the latest fetch of each URL (default true)
     * @param paragraphDedup CCNet-style removal of paragraphs repeated across the corpus (default true)
     * @param nearDedup MinHash LSH near-dedup (default true)
     * @param paragraphMaxRepeats a paragraph found in more than this many documents is removed from all of
     *     them (default 100; 1..10^9)
     * @param minCharsAfterParagraphDedup a document that lost paragraphs and has fewer characters (code
     *     points) left is dropped as {@code too_short_after_paragraph_dedup} (default 100; 0..10^6)
     * @param sourceRanking keep policy: sources in order of preference (default [doc, forum, web])
     * @param qualitySignal keep policy: a numeric column, higher is better (default none)
     * @param maxComponentIterations safety bound for the connected-components loop (default 64; 1..1000)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Spec(String preset, Integer bands, Integer rows, Integer numPermutations, Double threshold,
            Boolean verifyPairs, String signatures, Long seed, Integer shingleChars, Integer shingleWords,
            Integer shingleTokens, Integer minShingles, Boolean exactDedup, Boolean urlDedup, Boolean paragraphDedup,
            Boolean nearDedup, Integer paragraphMaxRepeats, Integer minCharsAfterParagraphDedup,
            List<String> sourceRanking, String qualitySignal, Integer maxComponentIterations) implements Serializable {
        private static final long serialVersionUID = 1L;
        public static final Set<String> PRESETS = Set.of("fineweb", "nemo", "optimal", "custom");
        public static final Set<String> SIGNATURES = Set.of("taoxi", "mllib");

        public Spec {
            preset = preset == null ? (bands != null || rows != null ? "custom" : "fineweb")
                    : preset.toLowerCase(Locale.ROOT);
            if (!PRESETS.contains(preset)) {
                throw ConfigException.outOfRange("dedup.preset", preset, "must be one of " + PRESETS);
            }
            if (preset.equals("custom")) {
                if (bands == null || rows == null) {
                    throw new ConfigException("dedup.preset = custom: dedup.bands and dedup.rows are required");
                }
                range("dedup.bands", bands, 1, 512);
                range("dedup.rows", rows, 1, 64);
            } else if (bands != null || rows != null) {
                throw new ConfigException("dedup.bands/dedup.rows: only with dedup.preset = custom (preset is "
                        + preset + ")");
            }
            numPermutations = numPermutations == null ? 112 : numPermutations;
            range("dedup.num_permutations", numPermutations, 1, 4096);
            threshold = threshold == null ? 0.7 : threshold;
            if (!(threshold > 0.0 && threshold < 1.0)) {
                throw ConfigException.outOfRange("dedup.threshold", threshold, "must be in (0, 1)");
            }
            verifyPairs = verifyPairs == null ? Boolean.TRUE : verifyPairs;
            signatures = signatures == null ? "taoxi" : signatures.toLowerCase(Locale.ROOT);
            if (!SIGNATURES.contains(signatures)) {
                throw ConfigException.outOfRange("dedup.signatures", signatures, "must be one of " + SIGNATURES);
            }
            seed = seed == null ? 1L : seed;
            shingleChars = shingleChars == null ? 5 : shingleChars;
            shingleWords = shingleWords == null ? 5 : shingleWords;
            shingleTokens = shingleTokens == null ? 5 : shingleTokens;
            range("dedup.shingle_chars", shingleChars, 1, 32);
            range("dedup.shingle_words", shingleWords, 1, 32);
            range("dedup.shingle_tokens", shingleTokens, 1, 64);
            minShingles = minShingles == null ? 5 : minShingles;
            range("dedup.min_shingles", minShingles, 1, 1000);
            exactDedup = exactDedup == null ? Boolean.TRUE : exactDedup;
            urlDedup = urlDedup == null ? Boolean.TRUE : urlDedup;
            paragraphDedup = paragraphDedup == null ? Boolean.TRUE : paragraphDedup;
            nearDedup = nearDedup == null ? Boolean.TRUE : nearDedup;
            paragraphMaxRepeats = paragraphMaxRepeats == null ? 100 : paragraphMaxRepeats;
            range("dedup.paragraph_max_repeats", paragraphMaxRepeats, 1, 1_000_000_000);
            minCharsAfterParagraphDedup = minCharsAfterParagraphDedup == null ? 100 : minCharsAfterParagraphDedup;
            range("dedup.min_chars_after_paragraph_dedup", minCharsAfterParagraphDedup, 0, 1_000_000);
            sourceRanking = sourceRanking == null ? List.of("doc", "forum", "web")
                    : sourceRanking.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
            if (qualitySignal != null && !qualitySignal.matches("[a-z][a-z0-9_]*")) {
                throw ConfigException.outOfRange("dedup.quality_signal", qualitySignal, "must be a snake_case column name");
            }
            maxComponentIterations = maxComponentIterations == null ? 64 : maxComponentIterations;
            range("dedup.max_component_iterations", maxComponentIterations, 1, 1000);
        }

        public static Spec defaults() {
            return new Spec(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null);
        }

        /** A copy with another threshold (CLI override). */
        public Spec withThreshold(double t) {
            return new Spec(preset, bands, rows, numPermutations, t, verifyPairs, signatures, seed, shingleChars,
                    shingleWords, shingleTokens, minShingles, exactDedup, urlDedup, paragraphDedup, nearDedup,
                    paragraphMaxRepeats, minCharsAfterParagraphDedup, sourceRanking, qualitySignal,
                    maxComponentIterations);
        }

        /** A copy with another signature family (CLI override, tests). */
        public Spec withSignatures(String s) {
            return new Spec(preset, bands, rows, numPermutations, threshold, verifyPairs, s, seed, shingleChars,
                    shingleWords, shingleTokens, minShingles, exactDedup, urlDedup, paragraphDedup, nearDedup,
                    paragraphMaxRepeats, minCharsAfterParagraphDedup, sourceRanking, qualitySignal,
                    maxComponentIterations);
        }

        /** The bands × rows in force. */
        @JsonIgnore
        public LshBands lsh() {
            return switch (preset) {
                case "fineweb" -> LshBands.FINEWEB;
                case "nemo" -> LshBands.NEMO;
                case "optimal" -> LshBands.optimal(threshold, numPermutations, 0.5, 0.5);
                default -> new LshBands(bands, rows);
            };
        }

        @JsonIgnore
        public Shingler.Spec shingles() {
            return new Shingler.Spec(shingleChars, shingleWords, shingleTokens);
        }

        @JsonIgnore
        public KeepPolicy keepPolicy() {
            return new KeepPolicy(sourceRanking);
        }

        /** {@code minhash_5c_14b_8r}: the output-folder name these parameters give (datatrove's convention). */
        @JsonIgnore
        public String outputName() {
            return lsh().name(shingleChars) + (signatures.equals("mllib") ? "_mllib" : "");
        }

        private static void range(String key, long v, long min, long max) {
            if (v < min || v > max) {
                throw ConfigException.outOfRange(key, v, "must be in [" + min + ", " + max + "]");
            }
        }
    }

    private static final String UID = "_uid";
    private static final String CODE = "_code";
    private static final String REPRESENTS = "_represents";
    private static final String RANK = "_source_rank";
    private static final String QUALITY = "_quality";
    private static final String SURVIVOR = "_survivor";
    private static final String DROP_REASON = "_drop_reason";
    private static final String CLUSTER = "_cluster";

    private final Spec spec;
    private final transient PrintStream log;
    private transient long started;

    public DedupStage(Spec spec, String input) {
        this(spec, input, null);
    }

    public DedupStage(Spec spec, String input, PrintStream log) {
        super(input);
        this.spec = spec;
        this.log = log;
    }

    public Spec spec() {
        return spec;
    }

    @Override
    public String name() {
        return "dedup";
    }

    @Override
    public JsonNode config() {
        ObjectNode node = ConfigLoader.jsonMapper().valueToTree(spec);
        node.put("operator", VERSION);
        node.put("output_name", spec.outputName());
        LshBands lsh = spec.lsh();
        node.put("lsh_bands", lsh.bands());
        node.put("lsh_rows", lsh.rows());
        return node;
    }

    @Override
    public Dataset<Row> outcomes(SparkSession spark, StageProgress progress) {
        started = System.nanoTime();
        Dataset<Row> in = readKept(spark);
        List<String> inputColumns = new ArrayList<>(Arrays.asList(in.columns()));
        for (String required : List.of(DocSchema.ID, DocSchema.SOURCE, DocSchema.TEXT)) {
            if (!inputColumns.contains(required)) {
                throw new StageException("dedup: the input " + input + " has no column '" + required + "'");
            }
        }
        if (spec.qualitySignal() != null && !inputColumns.contains(spec.qualitySignal())) {
            throw new ConfigException("dedup.quality_signal = " + spec.qualitySignal() + ": the input has no such column"
                    + " (columns: " + String.join(", ", inputColumns) + ")");
        }
        inputColumns.removeAll(ADDED_COLUMNS);
        if (!inputColumns.contains(DocSchema.TEXT_CHARS)) {
            inputColumns.add(DocSchema.TEXT_CHARS);
        }
        Dataset<Row> w = in.drop(ADDED_COLUMNS.toArray(String[]::new));
        if (!Arrays.asList(in.columns()).contains(DocSchema.TEXT_CHARS)) {
            w = w.withColumn(DocSchema.TEXT_CHARS, length(coalesce(col(DocSchema.TEXT), lit(""))));
        }
        UserDefinedFunction uid = udf((UDF1<String, Long>) Hash64::uid64, DataTypes.LongType);
        w = w.withColumn(UID, uid.apply(col(DocSchema.ID)))
                .withColumn(CODE, coalesce(lower(col(DocSchema.SOURCE)).equalTo("code"), lit(false)))
                .withColumn(REPRESENTS, lit(1L))
                .withColumn(RANK, sourceRank(spec.keepPolicy()))
                .withColumn(QUALITY, spec.qualitySignal() == null ? lit(null).cast(DataTypes.DoubleType)
                        : col(spec.qualitySignal()).cast(DataTypes.DoubleType))
                .withColumn(PARAGRAPHS_REMOVED, lit(0));

        List<Dataset<Row>> dupDrops = new ArrayList<>();   // in step order: url, exact
        if (spec.urlDedup() && inputColumns.contains(DocSchema.URL)) {
            Column[] order = inputColumns.contains(DocSchema.FETCH_TIME)
                    ? concat(new Column[] {col(DocSchema.FETCH_TIME).desc_nulls_last()}, policyOrder())
                    : policyOrder();
            Dataset<Row>[] step = dedupBy(w, col(DocSchema.URL), true, order, URL_DUPLICATE);
            w = step[0];
            dupDrops.add(step[1]);
            step("url");
        }
        if (spec.exactDedup()) {
            UserDefinedFunction key = udf((UDF2<String, Boolean, String>) (text, code) -> code
                    ? "c" + DedupKeys.codeKey(text) : "t" + DedupKeys.exactKey(text), DataTypes.StringType);
            Dataset<Row>[] step = dedupBy(w, key.apply(col(DocSchema.TEXT), col(CODE)), false, policyOrder(),
                    EXACT_DUPLICATE);
            w = step[0];
            dupDrops.add(step[1]);
            step("exact");
        }
        Dataset<Row> shortDrops = null;
        if (spec.paragraphDedup()) {
            Dataset<Row>[] step = paragraphs(w);
            w = step[0];
            shortDrops = step[1];
            step("paragraphs");
        }

        // near-dedup: (kept, dropped) with CLUSTER set; fate = id → survivor, cluster, size for every doc
        Dataset<Row> kept;
        Dataset<Row> nearDrops = null;
        if (spec.nearDedup()) {
            Dataset<Row>[] step = near(spark, w);
            kept = step[0];
            nearDrops = step[1];
        } else {
            kept = w.withColumn(CLUSTER, hex(col(UID)));
        }
        // kept is a filter of a checkpoint (or of the paragraph step's): no checkpoint of its own
        kept = kept.withColumn(SURVIVOR, lit(null).cast(DataTypes.StringType));
        step("near");

        Dataset<Row> fate = kept.select(col(DocSchema.ID).as("f_id"), col(DocSchema.ID).as("f_survivor"),
                col(CLUSTER).as("f_cluster"), col(REPRESENTS).as("f_size"));
        if (nearDrops != null) {
            fate = fate.union(nearDrops.select(col(DocSchema.ID), col(SURVIVOR), col(CLUSTER), col(REPRESENTS)));
        }
        if (shortDrops != null) {
            shortDrops = shortDrops.withColumn(CLUSTER, hex(col(UID))).withColumn(SURVIVOR, lit(null).cast(DataTypes.StringType));
            fate = fate.union(shortDrops.select(col(DocSchema.ID), col(DocSchema.ID), col(CLUSTER), col(REPRESENTS)));
        }
        Dataset<Row> resolved = null;
        for (int i = dupDrops.size() - 1; i >= 0; i--) {
            // later steps first: a URL duplicate's survivor may itself be an exact duplicate
            Dataset<Row> d = dupDrops.get(i).join(fate, col(SURVIVOR).equalTo(col("f_id")), "left")
                    .withColumn(SURVIVOR, coalesce(col("f_survivor"), col(SURVIVOR)))
                    .withColumn(CLUSTER, col("f_cluster"))
                    .withColumn(REPRESENTS, coalesce(col("f_size"), col(REPRESENTS)))
                    .drop("f_id", "f_survivor", "f_cluster", "f_size");
            resolved = resolved == null ? d : resolved.unionByName(d);
            fate = fate.union(d.select(col(DocSchema.ID), col(SURVIVOR), col(CLUSTER), col(REPRESENTS)));
        }
        // one checkpoint for all steps (was one per step): the exact step's resolution, which the URL step's
        // reads, is one plan fragment that Spark's exchange reuse computes once
        List<Dataset<Row>> resolvedDupDrops = resolved == null ? List.of() : List.of(resolved.localCheckpoint(true));

        step("survivors resolved");
        List<String> out = new ArrayList<>(inputColumns);
        Dataset<Row> result = kept(finish(kept, out));
        List<Dataset<Row>> drops = new ArrayList<>(resolvedDupDrops);
        if (nearDrops != null) {
            drops.add(nearDrops);
        }
        if (shortDrops != null) {
            drops.add(shortDrops);
        }
        for (Dataset<Row> d : drops) {
            result = result.unionByName(dropped(finish(d, out), col(DROP_REASON)).drop(DROP_REASON));
        }
        return result;
    }

    private void step(String what) {
        if (log != null) {
            log.printf(Locale.ROOT, "[dedup] %s done at %.1f s%n", what, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Input columns (text and text_chars as rewritten), then the added ones. */
    private static Dataset<Row> finish(Dataset<Row> rows, List<String> inputColumns) {
        List<Column> cols = new ArrayList<>();
        for (String c : inputColumns) {
            cols.add(col(c));
        }
        cols.add(col(PARAGRAPHS_REMOVED).cast(DataTypes.IntegerType).as(PARAGRAPHS_REMOVED));
        cols.add(col(CLUSTER).as(DUP_CLUSTER_ID));
        cols.add(col(REPRESENTS).cast(DataTypes.IntegerType).as(DUP_CLUSTER_SIZE));
        cols.add(col(SURVIVOR).as(DUP_SURVIVOR_ID));
        if (Arrays.asList(rows.columns()).contains(DROP_REASON)) {
            cols.add(col(DROP_REASON));
        }
        return rows.select(cols.toArray(Column[]::new));
    }

    private Column sourceRank(KeepPolicy policy) {
        Column rank = lit(policy.sourceRanking().size());
        List<String> ranking = policy.sourceRanking();
        for (int i = ranking.size() - 1; i >= 0; i--) {
            rank = when(lower(col(DocSchema.SOURCE)).equalTo(ranking.get(i)), lit(i)).otherwise(rank);
        }
        return rank;
    }

    /** The keep policy as a sort order: best first. */
    private static Column[] policyOrder() {
        return new Column[] {col(RANK).asc(), col(QUALITY).desc_nulls_last(), col(DocSchema.TEXT_CHARS).desc(),
            col(DocSchema.ID).asc()};
    }

    private static Column[] concat(Column[] a, Column[] b) {
        Column[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static Column hex(Column uid) {
        return udf((UDF1<Long, String>) Hash64::hex, DataTypes.StringType).apply(uid);
    }

    /**
     * Groups by {@code key} (null: no group, only when {@code nullable}); returns {survivors, dropped with
     * SURVIVOR and DROP_REASON}. One action (the checkpoint of the ranked rows).
     */
    @SuppressWarnings("unchecked")
    private static Dataset<Row>[] dedupBy(Dataset<Row> w, Column key, boolean nullable, Column[] order, String reason) {
        Dataset<Row> keyed = w.withColumn("_key", key);
        WindowSpec ordered = Window.partitionBy(col("_key")).orderBy(order);
        WindowSpec group = Window.partitionBy(col("_key"));
        Dataset<Row> ranked = (nullable ? keyed.filter(col("_key").isNotNull()) : keyed)
                .withColumn("_rn", row_number().over(ordered))
                .withColumn("_first", first(col(DocSchema.ID)).over(ordered))
                .withColumn("_group", sum(col(REPRESENTS)).over(group))
                .localCheckpoint(true);
        Dataset<Row> survivors = ranked.filter(col("_rn").equalTo(1))
                .withColumn(REPRESENTS, col("_group"))
                .drop("_rn", "_first", "_group", "_key");
        if (nullable) {
            // rows without a key pass; a non-null key (exact: always) would evaluate the key twice for nothing
            survivors = survivors.unionByName(keyed.filter(col("_key").isNull()).drop("_key"));
        }
        Dataset<Row> dropped = ranked.filter(col("_rn").gt(1))
                .withColumn(SURVIVOR, col("_first"))
                .withColumn(DROP_REASON, lit(reason))
                .drop("_rn", "_first", "_group", "_key");
        return new Dataset[] {survivors, dropped};
    }

    /** CCNet paragraph dedup: {survivors with rewritten text, too-short drops with the original text}. */
    @SuppressWarnings("unchecked")
    private Dataset<Row>[] paragraphs(Dataset<Row> w) {
        UserDefinedFunction key = udf((UDF1<String, Long>) DedupKeys::paragraphKey, DataTypes.LongType);
        Dataset<Row> paras = w.filter(not(col(CODE)))
                .select(col(UID), explode(split(coalesce(col(DocSchema.TEXT), lit("")), "\n")).as("p"))
                .select(col(UID), key.apply(col("p")).as("k"))
                .filter(col("k").notEqual(0L))
                .distinct();
        // documents per paragraph as a window over the key: one shuffle, no group-by + join back
        Dataset<Row> affected = paras.withColumn("_docs", count(lit(1)).over(Window.partitionBy(col("k"))))
                .filter(col("_docs").gt(spec.paragraphMaxRepeats()))
                .groupBy(col(UID))
                .agg(concat_ws(",", array_sort(collect_set(col("k").cast(DataTypes.StringType)))).as("_bad"))
                .withColumnRenamed(UID, "_a_uid");
        UserDefinedFunction rewrite = udf((UDF2<String, String, String>) (text, bad) -> ParagraphRewrite.apply(text, bad),
                DataTypes.StringType);
        UserDefinedFunction removed = udf((UDF2<String, String, Integer>) (text, bad) -> ParagraphRewrite.removed(text, bad),
                DataTypes.IntegerType);
        Dataset<Row> joined = w.join(affected, col(UID).equalTo(col("_a_uid")), "left").drop("_a_uid")
                .withColumn("_new_text", when(col("_bad").isNull(), col(DocSchema.TEXT))
                        .otherwise(rewrite.apply(col(DocSchema.TEXT), col("_bad"))))
                .withColumn(PARAGRAPHS_REMOVED, when(col("_bad").isNull(), lit(0))
                        .otherwise(removed.apply(col(DocSchema.TEXT), col("_bad"))))
                .drop("_bad")
                .localCheckpoint(true);
        Column tooShort = col(PARAGRAPHS_REMOVED).gt(0)
                .and(length(col("_new_text")).lt(spec.minCharsAfterParagraphDedup()));
        Dataset<Row> shortDrops = joined.filter(tooShort).drop("_new_text")
                .withColumn(DROP_REASON, lit(TOO_SHORT_AFTER_PARAGRAPH_DEDUP));
        Dataset<Row> survivors = joined.filter(not(tooShort))
                .withColumn(DocSchema.TEXT, col("_new_text"))
                .withColumn(DocSchema.TEXT_CHARS, when(col(PARAGRAPHS_REMOVED).gt(0), length(col("_new_text")))
                        .otherwise(col(DocSchema.TEXT_CHARS)))
                .drop("_new_text");
        return new Dataset[] {survivors, shortDrops};
    }

    /** Near-dedup: {kept with CLUSTER and REPRESENTS, dropped with SURVIVOR, CLUSTER, DROP_REASON}. */
    @SuppressWarnings("unchecked")
    private Dataset<Row>[] near(SparkSession spark, Dataset<Row> w) {
        LshBands lsh = spec.lsh();
        Dataset<Row> sigs = signatures(w.select(col(UID), col(CODE), col(DocSchema.TEXT)), lsh).localCheckpoint(true);
        step("signatures");
        Dataset<Row> bands = sigs.flatMap(Signatures.bands(lsh), Encoders.row(Signatures.BAND));
        Dataset<Row> edges = bands
                .withColumn("_min", min(col("uid")).over(Window.partitionBy(col("band"), col("key"))))
                .filter(col("uid").notEqual(col("_min")))
                .select(col("_min").as(ConnectedComponents.SRC), col("uid").as(ConnectedComponents.DST))
                .distinct();
        if (spec.verifyPairs()) {
            UserDefinedFunction jaccard = udf((UDF2<byte[], byte[], Double>) Signatures::jaccard, DataTypes.DoubleType);
            Dataset<Row> a = sigs.select(col("uid").as("a_uid"), col("sig").as("a_sig"));
            Dataset<Row> b = sigs.select(col("uid").as("b_uid"), col("sig").as("b_sig"));
            edges = edges.join(a, col(ConnectedComponents.SRC).equalTo(col("a_uid")))
                    .join(b, col(ConnectedComponents.DST).equalTo(col("b_uid")))
                    .filter(jaccard.apply(col("a_sig"), col("b_sig")).geq(spec.threshold()))
                    .select(col(ConnectedComponents.SRC), col(ConnectedComponents.DST));
        }
        step("candidate edges planned");
        Dataset<Row> comp = ConnectedComponents.run(edges, spec.maxComponentIterations(), log)
                .select(col("node").as("_node"), col("root").as("_root"));
        // a document in no component is its own cluster (root = its uid): one window over all rows, one
        // checkpoint, kept and dropped both filtered from it
        Dataset<Row> m = w.join(comp, col(UID).equalTo(col("_node")), "left").drop("_node")
                .withColumn("_root", coalesce(col("_root"), col(UID)));
        WindowSpec ordered = Window.partitionBy(col("_root")).orderBy(policyOrder());
        WindowSpec group = Window.partitionBy(col("_root"));
        Dataset<Row> ranked = m
                .withColumn("_rn", row_number().over(ordered))
                .withColumn("_first", first(col(DocSchema.ID)).over(ordered))
                .withColumn("_group", sum(col(REPRESENTS)).over(group))
                .withColumn(CLUSTER, hex(col("_root")))
                .localCheckpoint(true);
        Dataset<Row> kept = ranked.filter(col("_rn").equalTo(1))
                .withColumn(REPRESENTS, col("_group"))
                .drop("_rn", "_first", "_group", "_root");
        Dataset<Row> dropped = ranked.filter(col("_rn").gt(1))
                .withColumn(SURVIVOR, col("_first"))
                .withColumn(REPRESENTS, col("_group"))
                .withColumn(DROP_REASON, lit(NEAR_DUPLICATE))
                .drop("_rn", "_first", "_group", "_root");
        return new Dataset[] {kept, dropped};
    }

    /** {@code uid, is_code, text} → {@code uid, salt, sig} with the configured family. */
    Dataset<Row> signatures(Dataset<Row> docs, LshBands lsh) {
        if (spec.signatures().equals("taoxi")) {
            return docs.mapPartitions(Signatures.ours(spec.shingles(), lsh.numPermutations(), spec.seed(),
                    spec.minShingles()), Encoders.row(Signatures.SIGNATURE));
        }
        StructType features = new StructType().add("uid", DataTypes.LongType, false)
                .add("salt", DataTypes.LongType, false).add("features", new VectorUDT(), false);
        Dataset<Row> vectors = docs.mapPartitions(Signatures.mllibFeatures(spec.shingles(), spec.minShingles()),
                Encoders.row(features));
        MinHashLSHModel model = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
                .setNumHashTables(lsh.numPermutations()).setSeed(spec.seed()).fit(vectors.limit(1));
        UserDefinedFunction toSig = udf((UDF1<scala.collection.Seq<Vector>, byte[]>) Signatures::fromMllib,
                DataTypes.BinaryType);
        return model.transform(vectors).select(col("uid"), col("salt"), toSig.apply(col("hashes")).as("sig"));
    }

    /** Executor-side paragraph removal; {@code bad} is the comma-separated list of removed keys. */
    static final class ParagraphRewrite implements Serializable {
        private ParagraphRewrite() {
        }

        static Set<Long> keys(String bad) {
            Set<Long> s = new HashSet<>();
            for (String k : bad.split(",")) {
                if (!k.isEmpty()) {
                    s.add(Long.parseLong(k));
                }
            }
            return s;
        }

        static String apply(String text, String bad) {
            if (text == null) {
                return null;
            }
            Set<Long> remove = keys(bad);
            List<String> kept = new ArrayList<>();
            for (String p : text.split("\n", -1)) {
                if (!remove.contains(DedupKeys.paragraphKey(p))) {
                    kept.add(p);
                }
            }
            return String.join("\n", kept);
        }

        static Integer removed(String text, String bad) {
            if (text == null) {
                return 0;
            }
            Set<Long> remove = keys(bad);
            int n = 0;
            for (String p : text.split("\n", -1)) {
                if (remove.contains(DedupKeys.paragraphKey(p))) {
                    n++;
                }
            }
            return n;
        }
    }

    static String describe(Spec s) {
        LshBands l = s.lsh();
        return String.format(Locale.ROOT, "%s: %d bands x %d rows, threshold %.2f, verify %s, signatures %s",
                s.outputName(), l.bands(), l.rows(), s.threshold(), s.verifyPairs(), s.signatures());
    }
}
