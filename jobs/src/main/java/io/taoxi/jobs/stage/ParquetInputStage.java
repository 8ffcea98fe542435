package io.taoxi.jobs.stage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.schema.DocSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Stage base for every stage after ingest: reads the previous stage's {@code kept/} Parquet, and counts
 * "in" as its row count. The input fingerprint is the previous stage's {@code config_hash} plus its
 * finish time, so a re-run upstream makes this stage run again.
 *
 * <p>Subclasses return outcome rows built with {@link #kept}, {@link #dropped} (and, for rows they
 * could not process, {@link #quarantined}): the input columns, the stage's signal columns, and the
 * outcome columns. {@code record_bytes} becomes the UTF-8 byte length of {@code text} (docs/stages.md).
 */
public abstract class ParquetInputStage implements Stage {
    protected final String input;

    /** @param input the previous stage's output folder (the one holding {@code kept/} and the manifest) */
    protected ParquetInputStage(String input) {
        this.input = input;
    }

    @Override
    public List<String> inputs() {
        return List.of(input);
    }

    @Override
    public String inputFingerprint(SparkSession spark) {
        Path manifest = new Path(input, StageRunner.MANIFEST);
        try {
            FileSystem fs = manifest.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(manifest)) {
                throw new StageException(name() + ": the input stage " + input + " has no manifest.json: run it first");
            }
            try (InputStream in = fs.open(manifest)) {
                JsonNode m = ConfigLoader.jsonMapper().readTree(in);
                return m.path("stage").asText() + ":" + m.path("config_hash").asText() + ":"
                        + m.path("finished_at").asText();
            }
        } catch (IOException e) {
            throw new StageException(name() + ": cannot read " + manifest + ": " + e.getMessage(), e);
        }
    }

    /** The previous stage's kept documents. */
    protected Dataset<Row> readKept(SparkSession spark) {
        return spark.read().parquet(new Path(input, "kept").toString());
    }

    @Override
    public long countIn(SparkSession spark, Dataset<Row> outcomes, long sourceRecords) {
        return readKept(spark).count();
    }

    /** Adds the outcome columns to rows that are kept. */
    public static Dataset<Row> kept(Dataset<Row> rows) {
        return withOutcome(rows, lit("kept"), lit(null).cast(DataTypes.StringType));
    }

    /** Adds the outcome columns to rows dropped for {@code reason} (a column, so it can vary per row). */
    public static Dataset<Row> dropped(Dataset<Row> rows, Column reason) {
        return withOutcome(rows, lit("dropped"), reason);
    }

    /** Rows that could not be processed; {@code errorClass}/{@code errorMessage} columns must be set by the caller. */
    public static Dataset<Row> quarantined(Dataset<Row> rows, Column reason) {
        return withOutcome(rows, lit("quarantined"), reason);
    }

    /**
     * Adds {@code outcome}/{@code reason} (and empty error columns when absent) and sets {@code record_bytes}
     * to the UTF-8 length of the text.
     */
    public static Dataset<Row> withOutcome(Dataset<Row> rows, Column outcome, Column reason) {
        Dataset<Row> out = rows.withColumn(DocSchema.OUTCOME, outcome).withColumn(DocSchema.REASON, reason);
        List<String> columns = List.of(out.columns());
        if (!columns.contains(DocSchema.ERROR_CLASS)) {
            out = out.withColumn(DocSchema.ERROR_CLASS, lit(null).cast(DataTypes.StringType));
        }
        if (!columns.contains(DocSchema.ERROR_MESSAGE)) {
            out = out.withColumn(DocSchema.ERROR_MESSAGE, lit(null).cast(DataTypes.StringType));
        }
        return out.withColumn(DocSchema.RECORD_BYTES,
                org.apache.spark.sql.functions.coalesce(
                        org.apache.spark.sql.functions.octet_length(col(DocSchema.TEXT)).cast(DataTypes.LongType),
                        lit(0L)));
    }

}
