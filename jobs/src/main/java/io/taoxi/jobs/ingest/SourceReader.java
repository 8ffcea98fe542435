package io.taoxi.jobs.ingest;

import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * Infrastructure: a reader of one kind of raw input. It plans its tasks on the driver (deterministic
 * order) and reads one task on an executor, producing one {@link IngestRow} per record it meets — kept,
 * dropped with a reason, or quarantined with an error — followed by exactly one
 * {@link IngestRow.Outcome#SOURCE} summary row whose {@code recordsFound} counts those records
 * independently (the stage invariant's "in"). A reader never throws for bad data.
 */
public interface SourceReader extends Serializable {
    /** Stable name, e.g. {@code warc}; also {@code ingest.inputs[].format}. */
    String name();

    /** The tasks for one input path, sorted by {@code sourceFile}. */
    List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException;

    /** Reads one task lazily. {@code hadoop} is rebuilt on the executor from the driver's settings. */
    Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec);
}
