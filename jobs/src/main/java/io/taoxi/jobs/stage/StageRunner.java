package io.taoxi.jobs.stage;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.schema.DocSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Infrastructure: runs a {@link Stage} under the stage contract (docs/stages.md): writes kept/, dropped/,
 * quarantine/ and sources/ into {@code OUT.inprogress}, counts per outcome, reason, source and language,
 * checks {@code in = kept + dropped + quarantined}, writes manifest.json last and renames the folder into
 * place. A stage whose manifest already carries the same config hash is skipped.
 */
public final class StageRunner {
    public static final String MANIFEST = "manifest.json";
    public static final List<String> OUTPUTS = List.of("kept", "dropped", "quarantine", "sources");

    private final SparkSession spark;
    private final PrintStream log;

    public StageRunner(SparkSession spark, PrintStream log) {
        this.spark = spark;
        this.log = log;
    }

    public StageResult run(Stage stage, String output) {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        ObjectMapper json = ConfigLoader.jsonMapper();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(output);
        Path inProgress = new Path(out.getParent(), out.getName() + ".inprogress");
        Path replaced = new Path(out.getParent(), out.getName() + ".replaced");
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            recoverInterruptedPublish(fs, out, inProgress, replaced);

            String fingerprint = stage.inputFingerprint(spark);
            String configHash = configHash(json, stage, fingerprint);
            JsonNode existing = readManifest(fs, new Path(out, MANIFEST), json);
            if (existing != null && configHash.equals(existing.path("config_hash").asText())) {
                log.printf(Locale.ROOT, "[%s] current (config hash %s…), skipped: %s%n", stage.name(),
                        configHash.substring(0, 12), out);
                return new StageResult(stage.name(), out.toString(), existing, true);
            }
            if (fs.exists(inProgress)) {
                log.printf(Locale.ROOT, "[%s] removing the unfinished output of an interrupted run: %s%n",
                        stage.name(), inProgress);
                fs.delete(inProgress, true);
            }

            long tProcess = System.nanoTime();
            Dataset<Row> outcomes;
            long in;
            List<Row> groups;
            try (StageProgress progress = new StageProgress(spark, stage.name(), log, 2000)) {
                progress.start();
                outcomes = stage.outcomes(spark, progress).persist(StorageLevel.MEMORY_AND_DISK());
                try {
                    write(outcomes, inProgress);
                    progress.print();
                    // One counting job: the outcome groups, and on the _source rows of raw input the records
                    // the readers found (the independent "in" of Stage.countIn's default).
                    boolean raw = Arrays.asList(outcomes.columns()).contains(DocSchema.RECORDS_FOUND);
                    groups = outcomes
                            .groupBy(col(DocSchema.OUTCOME), coalesce(col(DocSchema.REASON), lit("")).as("reason"),
                                    col(DocSchema.SOURCE), coalesce(col(DocSchema.LANG), lit("")).as("lang"))
                            .agg(count(lit(1)).as("docs"), sum(col(DocSchema.RECORD_BYTES)).as("bytes"),
                                    sum(col(DocSchema.TEXT_CHARS)).as("chars"),
                                    raw ? sum(col(DocSchema.RECORDS_FOUND)).as("found") : lit(0L).as("found"))
                            .collectAsList();
                    long found = 0;
                    for (Row g : groups) {
                        if (g.getString(0).equals("_source") && !g.isNullAt(7)) {
                            found += g.getLong(7);
                        }
                    }
                    in = stage.countIn(spark, outcomes, found);
                } finally {
                    outcomes.unpersist(false);
                }
            }
            long tCount = System.nanoTime();

            ObjectNode manifest = manifest(json, stage, configHash, started, in, groups);
            long kept = manifest.path("counts").path("kept").path("docs").asLong();
            long dropped = manifest.path("counts").path("dropped").path("docs").asLong();
            long quarantined = manifest.path("counts").path("quarantined").path("docs").asLong();
            if (in != kept + dropped + quarantined) {
                fs.delete(inProgress, true);
                throw new StageException(String.format(Locale.ROOT,
                        "%s: invariant violated: in = %d but kept + dropped + quarantined = %d + %d + %d = %d;"
                                + " nothing was published", stage.name(), in, kept, dropped, quarantined,
                        kept + dropped + quarantined));
            }
            long tPublish = System.nanoTime();
            ObjectNode timings = manifest.putObject("timings_ms");
            timings.put("process_and_write", (tCount - tProcess) / 1_000_000);
            timings.put("publish", 0);
            timings.put("total", (tPublish - t0) / 1_000_000);
            manifest.put("finished_at", Instant.now().toString());
            writeManifest(fs, new Path(inProgress, MANIFEST), json, manifest);
            publish(fs, inProgress, out, replaced);
            timings.put("publish", (System.nanoTime() - tPublish) / 1_000_000);
            log.printf(Locale.ROOT, "[%s] done: in %,d = kept %,d + dropped %,d + quarantined %,d (%s) -> %s%n",
                    stage.name(), in, kept, dropped, quarantined,
                    StageProgress.human(manifest.path("counts").path("in").path("bytes").asLong()), out);
            return new StageResult(stage.name(), out.toString(), manifest, false);
        } catch (IOException e) {
            throw new StageException(stage.name() + ": cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void write(Dataset<Row> outcomes, Path dir) {
        List<String> columns = Arrays.asList(outcomes.columns());
        Column outcome = col(DocSchema.OUTCOME);
        writeParquet(outcomes.filter(outcome.equalTo("kept")), without(columns, DocSchema.OUTCOME_ONLY),
                new Path(dir, "kept"));
        writeParquet(outcomes.filter(outcome.equalTo("dropped")),
                without(columns, List.of(DocSchema.OUTCOME, DocSchema.ERROR_CLASS, DocSchema.ERROR_MESSAGE,
                        DocSchema.RECORDS_FOUND, DocSchema.READ_MILLIS)),
                new Path(dir, "dropped"));
        writeParquet(outcomes.filter(outcome.equalTo("quarantined")),
                without(columns, List.of(DocSchema.OUTCOME, DocSchema.RECORDS_FOUND, DocSchema.READ_MILLIS)),
                new Path(dir, "quarantine"));
        if (columns.contains(DocSchema.RECORDS_FOUND)) {
            writeParquet(outcomes.filter(outcome.equalTo("_source")),
                    List.of(DocSchema.SOURCE, DocSchema.SOURCE_FILE, DocSchema.RECORDS_FOUND, DocSchema.RECORD_BYTES,
                            DocSchema.READ_MILLIS),
                    new Path(dir, "sources"));
        }
    }

    private static List<String> without(List<String> columns, List<String> drop) {
        List<String> keep = new ArrayList<>();
        for (String c : columns) {
            if (!drop.contains(c)) {
                keep.add(c);
            }
        }
        return keep;
    }

    private static void writeParquet(Dataset<Row> rows, List<String> columns, Path dir) {
        var writer = rows.selectExpr(columns.stream().map(c -> "`" + c + "`").toArray(String[]::new))
                .write().mode(SaveMode.ErrorIfExists).option("compression", "zstd");
        if (columns.contains(DocSchema.TEXT)) {
            // The document text is never filtered on and almost never repeats: Parquet's dictionary attempt
            // (hashing every value until the dictionary overflows) and its min/max statistics (comparing every
            // value) cost writer time and buy nothing for it. zstd still compresses the pages.
            writer = writer.option("parquet.enable.dictionary#" + DocSchema.TEXT, "false")
                    .option("parquet.column.statistics.enabled#" + DocSchema.TEXT, "false");
        }
        writer.parquet(dir.toString());
    }

    private ObjectNode manifest(ObjectMapper json, Stage stage, String configHash, Instant started, long in,
            List<Row> groups) {
        ObjectNode m = json.createObjectNode();
        m.put("stage", stage.name());
        m.put("config_hash", configHash);
        m.set("config", stage.config());
        m.put("git_commit", BuildInfo.gitCommit());
        m.put("taoxi_version", BuildInfo.version());
        m.put("spark_version", spark.version());
        m.put("spark_master", spark.sparkContext().master());
        m.set("inputs", json.valueToTree(stage.inputs()));
        m.put("started_at", started.toString());

        TreeMap<String, long[]> byOutcome = new TreeMap<>();
        TreeMap<String, Object[]> byReason = new TreeMap<>();
        TreeMap<String, long[]> bySource = new TreeMap<>();
        TreeMap<String, long[]> byLanguage = new TreeMap<>();
        long inBytes = 0;
        for (Row g : groups) {
            String outcome = g.getString(0);
            if (outcome.equals("_source")) {
                continue;
            }
            String reason = g.getString(1);
            String source = g.getString(2);
            String lang = g.getString(3);
            long docs = g.getLong(4);
            long bytes = g.isNullAt(5) ? 0 : g.getLong(5);
            long chars = g.isNullAt(6) ? 0 : g.getLong(6);
            inBytes += bytes;
            long[] o = byOutcome.computeIfAbsent(outcome, k -> new long[3]);
            o[0] += docs;
            o[1] += bytes;
            o[2] += chars;
            if (!reason.isEmpty()) {
                Object[] r = byReason.computeIfAbsent(reason, k -> new Object[] {outcome, new long[2]});
                ((long[]) r[1])[0] += docs;
                ((long[]) r[1])[1] += bytes;
            }
            addSplit(bySource.computeIfAbsent(source, k -> new long[4]), outcome, docs, bytes);
            addSplit(byLanguage.computeIfAbsent(lang, k -> new long[4]), outcome, docs, bytes);
        }
        ObjectNode counts = m.putObject("counts");
        ObjectNode inNode = counts.putObject("in");
        inNode.put("docs", in);
        inNode.put("bytes", inBytes);
        for (String outcome : List.of("kept", "dropped", "quarantined")) {
            long[] o = byOutcome.getOrDefault(outcome, new long[3]);
            ObjectNode n = counts.putObject(outcome);
            n.put("docs", o[0]);
            n.put("bytes", o[1]);
            if (outcome.equals("kept")) {
                n.put("text_chars", o[2]);
            }
        }
        long kept = byOutcome.getOrDefault("kept", new long[3])[0];
        long dropped = byOutcome.getOrDefault("dropped", new long[3])[0];
        long quarantined = byOutcome.getOrDefault("quarantined", new long[3])[0];
        m.put("invariant_holds", in == kept + dropped + quarantined);
        ObjectNode reasons = m.putObject("by_reason");
        byReason.forEach((reason, r) -> {
            ObjectNode n = reasons.putObject(reason);
            n.put("outcome", (String) r[0]);
            n.put("docs", ((long[]) r[1])[0]);
            n.put("bytes", ((long[]) r[1])[1]);
        });
        putSplit(m.putObject("by_source"), bySource);
        putSplit(m.putObject("by_language"), byLanguage);
        return m;
    }

    private static void addSplit(long[] split, String outcome, long docs, long bytes) {
        switch (outcome) {
            case "kept" -> {
                split[0] += docs;
                split[3] += bytes;
            }
            case "dropped" -> split[1] += docs;
            case "quarantined" -> split[2] += docs;
            default -> {
            }
        }
    }

    private static void putSplit(ObjectNode node, TreeMap<String, long[]> split) {
        split.forEach((key, v) -> {
            ObjectNode n = node.putObject(key);
            n.put("kept", v[0]);
            n.put("dropped", v[1]);
            n.put("quarantined", v[2]);
            n.put("kept_bytes", v[3]);
        });
    }

    static String configHash(ObjectMapper json, Stage stage, String fingerprint) {
        ObjectNode key = json.createObjectNode();
        key.put("stage", stage.name());
        key.set("config", stage.config());
        key.put("inputs", fingerprint);
        key.put("taoxi_version", BuildInfo.version());
        try {
            byte[] canonical = json.writeValueAsBytes(json.treeToValue(key, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StageException(stage.name() + ": cannot hash the configuration: " + e.getMessage(), e);
        }
    }

    private static JsonNode readManifest(FileSystem fs, Path file, ObjectMapper json) {
        try {
            if (!fs.exists(file)) {
                return null;
            }
            try (InputStream in = fs.open(file)) {
                return json.readTree(in);
            }
        } catch (IOException e) {
            // An unreadable manifest means the output is not known to be current: run the stage again.
            return null;
        }
    }

    private static void writeManifest(FileSystem fs, Path file, ObjectMapper json, ObjectNode manifest)
            throws IOException {
        try (OutputStream out = fs.create(file, true)) {
            out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest)
                    .getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    /** A run killed between the two renames of {@link #publish} left a complete folder aside: finish it. */
    private void recoverInterruptedPublish(FileSystem fs, Path out, Path inProgress, Path replaced)
            throws IOException {
        if (!fs.exists(out) && fs.exists(new Path(inProgress, MANIFEST))) {
            log.printf(Locale.ROOT, "finishing an interrupted publish of %s%n", out);
            if (!fs.rename(inProgress, out)) {
                throw new StageException("cannot rename " + inProgress + " to " + out);
            }
        }
        if (fs.exists(replaced)) {
            fs.delete(replaced, true);
        }
    }

    private static void publish(FileSystem fs, Path inProgress, Path out, Path replaced) throws IOException {
        if (fs.exists(out)) {
            if (fs.exists(replaced)) {
                fs.delete(replaced, true);
            }
            if (!fs.rename(out, replaced)) {
                throw new StageException("cannot move the previous output " + out + " aside");
            }
        }
        if (!fs.rename(inProgress, out)) {
            throw new StageException("cannot rename " + inProgress + " to " + out);
        }
        if (fs.exists(replaced)) {
            fs.delete(replaced, true);
        }
    }
}
