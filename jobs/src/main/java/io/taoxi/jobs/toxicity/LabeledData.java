package io.taoxi.jobs.toxicity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Infrastructure: reads a labelled toxicity set (CSV, TSV or JSON lines) into rows of {@code text} (string)
 * and {@code label} (double 0/1). Shapes seen in public sets: COLD ({@code TEXT,label}), ToxiCN
 * ({@code content,toxic}), Jigsaw ({@code comment_text,toxic} with 0/1 or a 0–1 fraction).
 *
 * <p>Labels: numbers count as toxic at or above {@code labelThreshold}; the words true/yes/toxic/offensive/
 * abusive/hate count as 1, false/no/clean/safe/none/non-toxic/non-offensive/normal as 0. Rows with an
 * empty text or another label are skipped and counted.
 */
public final class LabeledData {
    private static final Set<String> POSITIVE = Set.of("true", "yes", "toxic", "offensive", "abusive", "hate", "pos");
    private static final Set<String> NEGATIVE = Set.of("false", "no", "clean", "safe", "none", "non-toxic", "nontoxic",
            "non-offensive", "normal", "neg", "not_toxic");

    private LabeledData() {
    }

    /** Rows read and the usable subset. */
    public record Loaded(Dataset<Row> rows, long read, long usable) {
        public long skipped() {
            return read - usable;
        }
    }

    public static String formatOf(String path, String format) {
        if (format != null && !format.isBlank()) {
            String f = format.toLowerCase(Locale.ROOT);
            if (!Set.of("csv", "tsv", "jsonl").contains(f)) {
                throw new IllegalArgumentException("--format must be csv, tsv or jsonl, got " + format);
            }
            return f;
        }
        String lower = path.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return "tsv";
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (lower.endsWith(".csv")) {
            return "csv";
        }
        throw new IllegalArgumentException("cannot tell the format of " + path
                + " from its name; pass --format csv|tsv|jsonl");
    }

    /** Raw rows of a file in one of the formats, all columns as read. */
    public static Dataset<Row> readRaw(SparkSession spark, String path, String format) {
        return switch (format) {
            case "csv" -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .option("encoding", "UTF-8").csv(path);
            case "tsv" -> spark.read().option("header", "true").option("sep", "\t").option("quote", "\u0000")
                    .option("encoding", "UTF-8").csv(path);
            default -> spark.read().json(path);
        };
    }

    public static Loaded read(SparkSession spark, String path, String format, String textColumn, String labelColumn,
            double labelThreshold) {
        Dataset<Row> raw = readRaw(spark, path, formatOf(path, format));
        for (String c : new String[] {textColumn, labelColumn}) {
            if (!Arrays.asList(raw.columns()).contains(c)) {
                throw new IllegalArgumentException(path + " has no column '" + c + "'; columns: "
                        + Arrays.toString(raw.columns()));
            }
        }
        UserDefinedFunction parse = udf((UDF1<String, Double>) v -> parseLabel(v, labelThreshold), DataTypes.DoubleType);
        Dataset<Row> rows = raw.select(col(textColumn).cast("string").as("text"),
                parse.apply(col(labelColumn).cast("string")).as("label"));
        Dataset<Row> usable = rows.filter(col("label").isNotNull().and(col("text").isNotNull())
                .and(org.apache.spark.sql.functions.length(org.apache.spark.sql.functions.trim(col("text"))).gt(0)))
                .cache();
        return new Loaded(usable, rows.count(), usable.count());
    }

    /** 1.0, 0.0, or null when the value is not a label. */
    public static Double parseLabel(String value, double threshold) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (POSITIVE.contains(v)) {
            return 1.0;
        }
        if (NEGATIVE.contains(v)) {
            return 0.0;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isNaN(d) ? null : d >= threshold ? 1.0 : 0.0;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
