package io.taoxi.jobs.stage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Stage: what a pipeline step supplies to {@link StageRunner}. The stage builds its outcome rows (one per
 * input record, each {@code kept}, {@code dropped} or {@code quarantined}, plus {@code _source} rows for
 * raw input); the runner writes, counts, checks the invariant and publishes.
 */
public interface Stage {
    /** Stable name, e.g. {@code ingest}; also the manifest's {@code stage}. */
    String name();

    /** The resolved spec, as written into the manifest and hashed into {@code config_hash}. */
    JsonNode config();

    /** Inputs, for the manifest. */
    List<String> inputs();

    /** A fingerprint of the inputs (paths, sizes, times or the input stage's hash); part of the hash. */
    String inputFingerprint(SparkSession spark);

    /**
     * Outcome rows: the document columns plus {@code outcome}, {@code reason}, {@code error_class},
     * {@code error_message}, and for raw input {@code records_found}/{@code read_millis} on
     * {@code _source} rows.
     */
    Dataset<Row> outcomes(SparkSession spark, StageProgress progress);

    /**
     * The independent "in" count, called after the outputs are written. {@code sourceRecords} is the sum of
     * {@code records_found} over the {@code _source} rows (raw input: what the readers found), counted by
     * the runner in the same job as the outcome groups; it is the default. Stages reading Parquet return the
     * input's row count.
     */
    default long countIn(SparkSession spark, Dataset<Row> outcomes, long sourceRecords) {
        return sourceRecords;
    }
}
