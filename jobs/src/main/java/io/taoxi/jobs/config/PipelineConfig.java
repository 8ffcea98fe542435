package io.taoxi.jobs.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.taoxi.filters.html.MainTextExtractor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Record: a parsed {@code conf/*.yaml}. Every section validates itself in its compact constructor, so a
 * bad value fails on the driver, before Spark starts, naming the key and the allowed range. Later stages
 * add their sections here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PipelineConfig(RunSpec run, SparkSpec spark, IngestSpec ingest,
        io.taoxi.jobs.filter.FilterSpec filter, io.taoxi.jobs.dedup.DedupStage.Spec dedup,
        io.taoxi.jobs.score.ScoreSpec score, io.taoxi.jobs.tokenizer.TrainTokenizerSpec tokenizer,
        io.taoxi.jobs.tokenizer.TokenizeSpec tokenize, io.taoxi.jobs.audit.AuditSpec audit)
        implements java.io.Serializable {

    public PipelineConfig {
        if (run == null) {
            throw new ConfigException("run: missing section (run.output names the output folder)");
        }
        spark = spark == null ? SparkSpec.defaults() : spark;
        if (score != null && score.model() == null) {
            throw new ConfigException("score.model: missing (a Qwen2 model folder with config.json, safetensors and "
                    + "tokenizer.json; create_test_model: true writes a tiny random one there)");
        }
        if (tokenize != null && tokenize.tokenizer() == null && tokenizer == null) {
            throw new ConfigException("tokenize.tokenizer: missing (a tokenizer.json), and there is no tokenizer "
                    + "section to train one");
        }
        if (audit != null && tokenizer == null) {
            throw new ConfigException("audit: needs the tokenizer section (the audit compares the trained tokenizer)");
        }
    }

    /** Where a run writes. */
    public record RunSpec(String name, String output) implements java.io.Serializable {
        public RunSpec {
            if (output == null || output.isBlank()) {
                throw new ConfigException("run.output: missing (a folder where stage outputs go)");
            }
            name = name == null || name.isBlank() ? "run" : name;
        }
    }

    /** Spark settings for the embedded local mode; under spark-submit, the submit's master wins. */
    public record SparkSpec(String master, Integer shufflePartitions, Map<String, String> conf)
            implements java.io.Serializable {
        public SparkSpec {
            master = master == null || master.isBlank() ? "local[*]" : master;
            shufflePartitions = shufflePartitions == null ? 8 : shufflePartitions;
            if (shufflePartitions < 1 || shufflePartitions > 100_000) {
                throw ConfigException.outOfRange("spark.shuffle_partitions", shufflePartitions,
                        "must be in [1, 100000]");
            }
            conf = conf == null ? Map.of() : Map.copyOf(conf);
        }

        public static SparkSpec defaults() {
            return new SparkSpec(null, null, null);
        }
    }

    /**
     * One input of the ingest stage: a file or folder, the source kind its documents count as, the
     * reader ({@code format}; {@code auto} picks the source's default reader) and its options (dataset
     * readers: {@code text_column}, {@code id_column}, {@code url_column}, {@code lang_column}, … —
     * docs/ingest-forums.md).
     */
    public record InputSpec(String path, String source, String format, Map<String, String> options)
            implements java.io.Serializable {
        public static final Set<String> SOURCES = Set.of("web", "forum", "doc", "code");

        public InputSpec {
            if (path == null || path.isBlank()) {
                throw new ConfigException("ingest.inputs[].path: missing");
            }
            source = source == null ? "web" : source.toLowerCase(Locale.ROOT);
            if (!SOURCES.contains(source)) {
                throw ConfigException.outOfRange("ingest.inputs[].source", source, "must be one of " + SOURCES);
            }
            format = format == null || format.isBlank() ? "auto" : format.toLowerCase(Locale.ROOT);
            options = options == null ? Map.of() : Map.copyOf(options);
            if (Set.of("jsonl", "csv", "parquet").contains(format)) {
                try {
                    io.taoxi.jobs.ingest.dataset.DatasetOptions.of(options);
                } catch (ConfigException e) {
                    throw new ConfigException("ingest.inputs[]." + e.getMessage(), e);
                }
            }
        }

        public InputSpec(String path, String source, String format) {
            this(path, source, format, null);
        }

        public InputSpec(String path, String source) {
            this(path, source, null, null);
        }
    }

    /** The ingest stage. */
    public record IngestSpec(List<InputSpec> inputs, Long maxRecordBytes, Boolean verifyDigests,
            MainTextExtractor.Spec html) implements java.io.Serializable {
        /** 64 MiB: far above any HTML page; large blocks are media, skipped without buffering. */
        public static final long DEFAULT_MAX_RECORD_BYTES = 64L << 20;

        public IngestSpec {
            if (inputs == null || inputs.isEmpty()) {
                throw new ConfigException("ingest.inputs: missing (a list of {path, source})");
            }
            inputs = List.copyOf(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                io.taoxi.jobs.ingest.SourceReaders.forInput(inputs.get(i), i);
            }
            maxRecordBytes = maxRecordBytes == null ? DEFAULT_MAX_RECORD_BYTES : maxRecordBytes;
            if (maxRecordBytes < 1024 || maxRecordBytes > 1L << 30) {
                throw ConfigException.outOfRange("ingest.max_record_bytes", maxRecordBytes,
                        "must be in [1024, 1073741824]");
            }
            verifyDigests = verifyDigests == null ? Boolean.TRUE : verifyDigests;
            html = html == null ? MainTextExtractor.Spec.defaults() : html;
        }

        /**
         * Fails before Spark starts when a local input does not exist. Remote inputs (hdfs:, s3a: …) are
         * checked by the stage, which can reach them.
         */
        public void checkLocalInputs() {
            for (int i = 0; i < inputs.size(); i++) {
                String path = inputs.get(i).path();
                boolean local = !path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || path.startsWith("file:");
                if (local && !java.nio.file.Files.exists(java.nio.file.Path.of(path.replaceFirst("^file:(//)?", "")))) {
                    throw new ConfigException("ingest.inputs[" + i + "].path = " + path + ": no such file or folder");
                }
            }
        }
    }
}
