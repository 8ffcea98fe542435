package io.taoxi.jobs.tokenizer;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.stage.ParquetInputStage;
import io.taoxi.jobs.stage.StageException;
import io.taoxi.jobs.stage.StageProgress;
import io.taoxi.tokenizer.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Stage: {@code taoxi tokenize}. Encodes the previous stage's kept documents with a byte-level BPE
 * {@code tokenizer.json} on the executors (the JSON broadcast as a string, {@link Tokenizer#fromJson} once
 * per partition), appends the end-of-document token, and writes one Megatron-LM indexed-dataset shard
 * ({@code part-NNNNN.bin} + {@code .idx}, {@link TokenShardWriter}) per partition into
 * {@code OUT.inprogress/shards/}, published with the rest of the stage. Kept rows get {@code tokens}
 * (ids per copy, end-of-document token included) and {@code token_copies} (times written).
 *
 * <p>Outcomes: kept (written to a shard ≥ 1 time); dropped {@code empty_after_tokenization} (no ids),
 * {@code mixture_subsampled} (0 copies drawn), {@code mixture_zero_weight} (no weight entry matches the
 * group); quarantined {@code tokenize_error} (the encoder threw). Text is encoded with
 * {@link Tokenizer#encodeOrdinary}: a literal {@code <|endoftext|>} in a web page stays text and cannot
 * forge a document boundary.
 *
 * <p>With a {@link MixtureSpec}, the stage first estimates the tokens available per (source, language) from
 * a deterministic sample of documents (all of them at {@code estimate_sample_fraction: 1}), plans the rates
 * ({@link MixturePlan}) and draws each document's copies from its id and the epoch.
 *
 * <p>After the outputs are written (in {@link #countIn}, which the runner calls before the manifest) the
 * stage checks that the shards hold exactly the kept rows' tokens and documents, removes the leftovers of
 * failed task attempts, and writes {@code tokens.json} (token totals per source × language, the shards,
 * the mixture's achieved vs target). Known weakness: shard files are written as a side effect of the task;
 * a recomputed partition rewrites its shard with the same content (ids are deterministic), so retries are
 * safe, but a cached partition evicted and recomputed costs a second encode.
 */
public final class TokenizeStage extends ParquetInputStage {
    public static final String NAME = "tokenize";
    /** Bump when any output can change for the same input and spec. */
    public static final String OPERATOR = "tokenize_v2";
    public static final String TOKENS = "tokens";
    public static final String COPIES = "token_copies";
    public static final String SHARDS = "shards";
    public static final String TOKENS_JSON = "tokens.json";
    public static final String EMPTY = "empty_after_tokenization";
    public static final String SUBSAMPLED = "mixture_subsampled";
    public static final String ZERO_WEIGHT = "mixture_zero_weight";
    public static final String ERROR = "tokenize_error";

    private final String output;
    private final String tokenizerPath;
    private final String tokenizerJson;
    private final String tokenizerSha256;
    private final String eodToken;
    private final int eodId;
    private final int vocabSize;
    private final TokenDtype dtype;
    private final MixtureSpec mixture;
    private MixturePlan plan;
    private boolean estimated;
    private long startedNanos;

    /**
     * @param input     the previous stage's folder
     * @param output    this stage's folder (shards go to {@code output.inprogress/shards} while it runs)
     * @param tokenizer a {@code tokenizer.json} on the driver's file system
     * @param eodToken  the end-of-document token (an added token of the tokenizer, e.g. {@code <|endoftext|>})
     * @param mixture   the mixture, or null to write every document once
     */
    public TokenizeStage(String input, String output, java.nio.file.Path tokenizer, String eodToken,
            MixtureSpec mixture) {
        super(input);
        this.output = output;
        this.tokenizerPath = tokenizer.toString();
        try {
            this.tokenizerJson = Files.readString(tokenizer);
        } catch (IOException e) {
            throw new ConfigException("--tokenizer " + tokenizer + ": cannot read: " + e.getMessage(), e);
        }
        Tokenizer t;
        try {
            t = Tokenizer.fromJson(tokenizerJson);
        } catch (RuntimeException e) {
            throw new ConfigException("--tokenizer " + tokenizer + ": " + e.getMessage(), e);
        }
        this.eodToken = eodToken;
        this.eodId = t.tokenId(eodToken);
        if (eodId < 0) {
            throw new ConfigException("--eod-token " + eodToken + ": not a token of " + tokenizer
                    + " (Qwen2-style files use <|endoftext|>)");
        }
        this.vocabSize = t.vocabSize();
        this.dtype = TokenDtype.forVocabSize(vocabSize);
        this.tokenizerSha256 = sha256(tokenizerJson);
        this.mixture = mixture;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JsonNode config() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("operator", OPERATOR);
        c.put("tokenizer", tokenizerPath);
        c.put("tokenizer_sha256", tokenizerSha256);
        c.put("vocab_size", vocabSize);
        c.put("eod_token", eodToken);
        c.put("eod_id", eodId);
        c.put("dtype", dtype.numpyName());
        c.put("encode", "ordinary");
        c.put("mixture", mixture == null ? null : mixture.asMap());
        return ConfigLoader.jsonMapper().valueToTree(c);
    }

    /** The shard folder while the stage runs ({@code OUT.inprogress/shards}), qualified. */
    private Path shardDir(SparkSession spark) {
        Path out = new Path(output);
        Path inProgress = new Path(out.getParent(), out.getName() + ".inprogress");
        try {
            FileSystem fs = inProgress.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.makeQualified(new Path(inProgress, SHARDS));
        } catch (IOException e) {
            throw new StageException(NAME + ": cannot resolve " + inProgress + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Dataset<Row> outcomes(SparkSession spark, StageProgress progress) {
        startedNanos = System.nanoTime();
        Dataset<Row> input = readKept(spark);
        StructType inSchema = input.schema();
        List<StructField> fields = new ArrayList<>(Arrays.asList(inSchema.fields()));
        List<String> inNames = Arrays.asList(inSchema.fieldNames());
        int tokensAt = slot(fields, DataTypes.createStructField(TOKENS, DataTypes.LongType, true));
        int copiesAt = slot(fields, DataTypes.createStructField(COPIES, DataTypes.IntegerType, true));
        int width = fields.size();
        fields.add(DataTypes.createStructField(DocSchema.OUTCOME, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(DocSchema.REASON, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DocSchema.ERROR_CLASS, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DocSchema.ERROR_MESSAGE, DataTypes.StringType, true));
        StructType outSchema = new StructType(fields.toArray(new StructField[0]));

        Broadcast<String> json = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(tokenizerJson);
        Columns at = new Columns(inNames.indexOf(DocSchema.ID), inNames.indexOf(DocSchema.SOURCE),
                inNames.indexOf(DocSchema.LANG), inNames.indexOf(DocSchema.TEXT),
                outSchema.fieldIndex(DocSchema.RECORD_BYTES), tokensAt, copiesAt, width);
        HashMap<String, Double> rates = null;
        if (mixture != null) {
            plan = planMixture(spark, input, json, at);
            rates = plan.ratesByGroup();
        }
        MapPartitionsFunction<Row, Row> fn = new Partition(json, eodId, dtype, shardDir(spark).toString(), rates,
                mixture == null ? 0 : mixture.epoch(), at, progress.records(), progress.bytes());
        return input.mapPartitions(fn, Encoders.row(outSchema));
    }

    /** Index of a column to write: the input's same-named column (replaced), or a new one at the end. */
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

    /** Positions of the columns the partition function reads and writes. */
    record Columns(int id, int source, int lang, int text, int recordBytes, int tokens, int copies, int width)
            implements java.io.Serializable {
    }

    /** Estimates the tokens per group from a deterministic sample, then plans the mixture (driver). */
    private MixturePlan planMixture(SparkSession spark, Dataset<Row> input, Broadcast<String> json, Columns at) {
        double fraction = mixture.estimateSampleFraction();
        StructType schema = new StructType()
                .add("source", DataTypes.StringType).add("lang", DataTypes.StringType)
                .add("docs", DataTypes.LongType).add("bytes", DataTypes.LongType)
                .add("sampled_bytes", DataTypes.LongType).add("sampled_ids", DataTypes.LongType);
        List<Row> groups = input.mapPartitions(new Estimate(json, fraction, ~mixture.epoch(), at),
                        Encoders.row(schema))
                .groupBy("source", "lang")
                .agg(sum("docs"), sum("bytes"), sum("sampled_bytes"), sum("sampled_ids"))
                .collectAsList();
        long allSampledBytes = 0;
        long allSampledIds = 0;
        for (Row g : groups) {
            allSampledBytes += g.getLong(4);
            allSampledIds += g.getLong(5);
        }
        estimated = fraction < 1.0;
        Map<MixturePlan.Group, Long> available = new TreeMap<>();
        for (Row g : groups) {
            long docs = g.getLong(2);
            long bytes = g.getLong(3);
            long sampledBytes = g.getLong(4);
            long sampledIds = g.getLong(5);
            double idsPerByte;
            if (sampledBytes > 0) {
                idsPerByte = sampledIds / (double) sampledBytes;
            } else if (bytes == 0) {
                idsPerByte = 0;
            } else if (allSampledBytes > 0) {
                idsPerByte = allSampledIds / (double) allSampledBytes;
            } else {
                throw new ConfigException("mixture: estimate_sample_fraction = " + fraction
                        + " sampled no document with text; raise it (1.0 counts every document)");
            }
            // one end-of-document token per non-empty document, plus the ids of its text
            available.put(new MixturePlan.Group(g.getString(0), g.getString(1)),
                    (bytes > 0 ? docs : 0) + Math.round(bytes * idsPerByte));
        }
        return MixturePlan.plan(mixture, available);
    }

    /** Per partition: docs and UTF-8 bytes per group, and the ids of a sampled share of the documents. */
    private static final class Estimate implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<String> json;
        private final double fraction;
        private final long seed;
        private final Columns at;

        Estimate(Broadcast<String> json, double fraction, long seed, Columns at) {
            this.json = json;
            this.fraction = fraction;
            this.seed = seed;
            this.at = at;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Tokenizer tokenizer = Tokenizer.fromJson(json.value());
            Map<String, long[]> byGroup = new HashMap<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                String text = r.isNullAt(at.text()) ? "" : r.getString(at.text());
                long bytes = text.getBytes(StandardCharsets.UTF_8).length;
                long[] g = byGroup.computeIfAbsent(MixturePlan.key(r.getString(at.source()),
                        at.lang() < 0 || r.isNullAt(at.lang()) ? "" : r.getString(at.lang())), k -> new long[4]);
                if (bytes > 0) {
                    g[0]++;
                    g[1] += bytes;
                }
                if (bytes > 0 && (fraction >= 1.0 || MixturePlan.unit(r.getString(at.id()), seed) < fraction)) {
                    g[2] += bytes;
                    g[3] += tokenizer.encodeOrdinary(text).length;
                }
            }
            List<Row> out = new ArrayList<>();
            byGroup.forEach((k, v) -> {
                int tab = k.indexOf('\t');
                out.add(RowFactory.create(k.substring(0, tab), k.substring(tab + 1), v[0], v[1], v[2], v[3]));
            });
            return out.iterator();
        }
    }

    /** The per-partition work; a static class so nothing of the driver-side stage travels with it. */
    private static final class Partition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<String> json;
        private final int eodId;
        private final TokenDtype dtype;
        private final String shardDir;
        private final HashMap<String, Double> rates;
        private final long epoch;
        private final Columns at;
        private final LongAccumulator records;
        private final LongAccumulator bytes;

        Partition(Broadcast<String> json, int eodId, TokenDtype dtype, String shardDir, HashMap<String, Double> rates,
                long epoch, Columns at, LongAccumulator records, LongAccumulator bytes) {
            this.json = json;
            this.eodId = eodId;
            this.dtype = dtype;
            this.shardDir = shardDir;
            this.rates = rates;
            this.epoch = epoch;
            this.at = at;
            this.records = records;
            this.bytes = bytes;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Tokenizer tokenizer = Tokenizer.fromJson(json.value());
            TaskContext task = TaskContext.get();
            PartitionShard shard = new PartitionShard(new Path(shardDir),
                    String.format(java.util.Locale.ROOT, "part-%05d", task.partitionId()), task.taskAttemptId(), dtype);
            task.addTaskCompletionListener(new TaskCompletionListener() {
                @Override
                public void onTaskCompletion(TaskContext context) {
                    shard.abandon();
                }
            });
            return new Iterator<>() {
                private boolean finished;

                @Override
                public boolean hasNext() {
                    if (rows.hasNext()) {
                        return true;
                    }
                    if (!finished) {
                        finished = true;
                        shard.publish();
                    }
                    return false;
                }

                @Override
                public Row next() {
                    return process(tokenizer, shard, rows.next());
                }
            };
        }

        private Row process(Tokenizer tokenizer, PartitionShard shard, Row in) {
            Object[] out = new Object[at.width() + 4];
            for (int i = 0; i < in.size(); i++) {
                out[i] = in.get(i);
            }
            String id = in.getString(at.id());
            String text = in.isNullAt(at.text()) ? "" : in.getString(at.text());
            String source = in.getString(at.source());
            String lang = at.lang() < 0 || in.isNullAt(at.lang()) ? "" : in.getString(at.lang());
            int[] doc = null;
            int copies = 1;
            String reason = null;
            try {
                if (rates != null) {
                    double rate = rates.getOrDefault(MixturePlan.key(source, lang), 0.0);
                    copies = MixturePlan.copies(id, epoch, rate);
                    if (copies == 0) {
                        reason = rate > 0 ? SUBSAMPLED : ZERO_WEIGHT;
                    }
                }
                if (copies > 0) {
                    int[] ids = tokenizer.encodeOrdinary(text);
                    if (ids.length == 0) {
                        reason = EMPTY;
                        out[at.tokens()] = 0L;
                        copies = 0;
                    } else {
                        doc = Arrays.copyOf(ids, ids.length + 1);
                        doc[ids.length] = eodId;
                        out[at.tokens()] = (long) doc.length;
                    }
                }
                out[at.copies()] = copies;
                out[at.width()] = reason == null ? "kept" : "dropped";
                out[at.width() + 1] = reason;
            } catch (RuntimeException e) {
                doc = null;
                out[at.tokens()] = null;
                out[at.copies()] = 0;
                out[at.width()] = "quarantined";
                out[at.width() + 1] = ERROR;
                out[at.width() + 2] = e.getClass().getName();
                StackTraceElement[] trace = e.getStackTrace();
                out[at.width() + 3] = "document " + id + ": " + e.getMessage()
                        + (trace.length > 0 ? " (at " + trace[0] + ")" : "");
            }
            // Outside the try: a failed write is the infrastructure's failure (the task fails and is
            // retried), not the document's.
            if (doc != null) {
                for (int c = 0; c < copies; c++) {
                    shard.add(doc);
                }
            }
            long b = text.getBytes(StandardCharsets.UTF_8).length;
            out[at.recordBytes()] = b;
            records.add(1);
            bytes.add(b);
            return RowFactory.create(out);
        }
    }

    /**
     * One partition's shard on the Hadoop file system: written under attempt-specific temporary names and
     * renamed to {@code part-NNNNN.bin/.idx} when the partition is complete (a retry or a recomputation
     * replaces it with the same bytes). Nothing is written for a partition without kept documents.
     */
    static final class PartitionShard {
        private final Path dir;
        private final String name;
        private final long attempt;
        private final TokenDtype dtype;
        private FileSystem fs;
        private TokenShardWriter writer;
        private boolean done;

        PartitionShard(Path dir, String name, long attempt, TokenDtype dtype) {
            this.dir = dir;
            this.name = name;
            this.attempt = attempt;
            this.dtype = dtype;
        }

        private Path tmp(String ext) {
            return new Path(dir, name + ext + ".tmp-" + attempt);
        }

        void add(int[] doc) {
            try {
                if (writer == null) {
                    fs = dir.getFileSystem(new Configuration());
                    fs.mkdirs(dir);
                    OutputStream bin = fs.create(tmp(".bin"), true);
                    writer = new TokenShardWriter(new java.io.BufferedOutputStream(bin, 1 << 16),
                            () -> new java.io.BufferedOutputStream(fs.create(tmp(".idx"), true), 1 << 16), dtype);
                }
                writer.addDocument(doc, doc.length);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("tokenize: cannot write shard " + new Path(dir, name)
                        + ": " + e.getMessage(), e);
            }
        }

        void publish() {
            done = true;
            if (writer == null) {
                return;
            }
            try {
                writer.close();
                for (String ext : List.of(".bin", ".idx")) {
                    Path target = new Path(dir, name + ext);
                    if (fs.exists(target)) {
                        fs.delete(target, false);
                    }
                    if (!fs.rename(tmp(ext), target)) {
                        throw new IOException("rename " + tmp(ext) + " → " + target + " failed");
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("tokenize: cannot finish shard " + new Path(dir, name)
                        + ": " + e.getMessage(), e);
            }
        }

        /** After the task: a shard never published (failed or abandoned task) leaves no files behind. */
        void abandon() {
            if (done || writer == null) {
                return;
            }
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                // the task already failed; its temporary files are removed below and by the driver
            }
            try {
                fs.delete(tmp(".bin"), false);
                fs.delete(tmp(".idx"), false);
            } catch (IOException e) {
                // left for the driver's clean-up of *.tmp-* files
            }
        }
    }

    @Override
    public long countIn(SparkSession spark, Dataset<Row> outcomes, long sourceRecords) {
        long in = super.countIn(spark, outcomes, sourceRecords);
        // The runner calls countIn after kept/dropped/quarantine are written and before the manifest: the
        // stage's own outputs (shard check, tokens.json) are finished here so they publish with the rest.
        writeTokenReport(spark, outcomes);
        return in;
    }

    private void writeTokenReport(SparkSession spark, Dataset<Row> outcomes) {
        List<Row> groups = outcomes.filter(col(DocSchema.OUTCOME).equalTo("kept"))
                .groupBy(col(DocSchema.SOURCE), coalesce(col(DocSchema.LANG), lit("")))
                .agg(count(lit(1)), sum(col(COPIES)), sum(col(TOKENS)), sum(col(TOKENS).multiply(col(COPIES))))
                .collectAsList();
        Map<String, Map<String, Map<String, Long>>> bySource = new TreeMap<>();
        Map<MixturePlan.Group, Long> achieved = new TreeMap<>();
        long docs = 0;
        long written = 0;
        long unique = 0;
        long tokens = 0;
        for (Row g : groups) {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("documents", g.getLong(2));
            m.put("documents_written", g.getLong(3));
            m.put("tokens_unique", g.getLong(4));
            m.put("tokens", g.getLong(5));
            bySource.computeIfAbsent(g.getString(0), k -> new TreeMap<>()).put(g.getString(1), m);
            achieved.put(new MixturePlan.Group(g.getString(0), g.getString(1)), g.getLong(5));
            docs += g.getLong(2);
            written += g.getLong(3);
            unique += g.getLong(4);
            tokens += g.getLong(5);
        }
        Path shards = shardDir(spark);
        List<Map<String, Object>> shardList = new ArrayList<>();
        long shardDocs = 0;
        long shardTokens = 0;
        try {
            FileSystem fs = shards.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(shards)) {
                fs.mkdirs(shards);
            }
            FileStatus[] files = fs.listStatus(shards);
            Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            for (FileStatus f : files) {
                String n = f.getPath().getName();
                if (n.contains(".tmp-")) {
                    fs.delete(f.getPath(), false); // a failed or speculative attempt's leftovers
                    continue;
                }
                if (!n.endsWith(".idx")) {
                    continue;
                }
                String prefix = n.substring(0, n.length() - 4);
                byte[] bytes;
                try (InputStream s = fs.open(f.getPath())) {
                    bytes = s.readAllBytes();
                }
                TokenShardReader.Index idx = TokenShardReader.readIndex(bytes, f.getPath().toString());
                long binBytes = fs.getFileStatus(new Path(shards, prefix + ".bin")).getLen();
                if (binBytes != idx.totalTokens() * idx.dtype().bytes() || idx.dtype() != dtype) {
                    throw new StageException(NAME + ": shard " + prefix + " is inconsistent: .bin has " + binBytes
                            + " bytes, .idx says " + idx.totalTokens() + " tokens of " + idx.dtype().numpyName());
                }
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("prefix", SHARDS + "/" + prefix);
                s.put("documents", idx.documentCount());
                s.put("tokens", idx.totalTokens());
                s.put("bin_bytes", binBytes);
                shardList.add(s);
                shardDocs += idx.documentCount();
                shardTokens += idx.totalTokens();
            }
            if (shardDocs != written || shardTokens != tokens) {
                throw new StageException(String.format(java.util.Locale.ROOT,
                        "%s: the shards hold %d documents and %d tokens but the kept rows say %d and %d;"
                                + " nothing was published", NAME, shardDocs, shardTokens, written, tokens));
            }
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("operator", OPERATOR);
            Map<String, Object> tok = new LinkedHashMap<>();
            tok.put("path", tokenizerPath);
            tok.put("sha256", tokenizerSha256);
            tok.put("vocab_size", vocabSize);
            tok.put("eod_token", eodToken);
            tok.put("eod_id", eodId);
            report.put("tokenizer", tok);
            report.put("format", "megatron_mmidx_v1");
            report.put("dtype", dtype.numpyName());
            Map<String, Long> totals = new LinkedHashMap<>();
            totals.put("documents", docs);
            totals.put("documents_written", written);
            totals.put("tokens_unique", unique);
            totals.put("tokens", tokens);
            report.put("totals", totals);
            report.put("by_source_language", bySource);
            report.put("shards", shardList);
            report.put("mixture", plan == null ? null : plan.report(achieved, estimated));
            report.put("stage_seconds", Math.round(seconds * 1000) / 1000.0);
            report.put("tokens_per_second", seconds > 0 ? Math.round(tokens / seconds) : 0);
            ObjectMapper json = ConfigLoader.jsonMapper();
            Path file = new Path(shards.getParent(), TOKENS_JSON);
            try (OutputStream o = fs.create(file, true)) {
                o.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
                o.write('\n');
            }
        } catch (IOException e) {
            throw new StageException(NAME + ": cannot check the shards in " + shards + ": " + e.getMessage(), e);
        }
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
