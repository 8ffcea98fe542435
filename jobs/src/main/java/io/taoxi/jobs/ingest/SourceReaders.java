package io.taoxi.jobs.ingest;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.web.WarcSourceReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Infrastructure: the readers by name ({@code ingest.inputs[].format}); {@code auto} picks by source.
 * New readers register here.
 */
public final class SourceReaders {
    private static final Map<String, Supplier<SourceReader>> READERS = new LinkedHashMap<>();
    private static final Map<String, String> DEFAULT_FOR_SOURCE = new LinkedHashMap<>();

    static {
        READERS.put("warc", WarcSourceReader::new);
        READERS.put("stackexchange", io.taoxi.jobs.ingest.forum.StackExchangeSourceReader::new);
        READERS.put("reddit", io.taoxi.jobs.ingest.forum.RedditSourceReader::new);
        READERS.put("mbox", io.taoxi.jobs.ingest.forum.MboxSourceReader::new);
        READERS.put("jsonl", io.taoxi.jobs.ingest.dataset.JsonlSourceReader::new);
        READERS.put("parquet", io.taoxi.jobs.ingest.dataset.ParquetSourceReader::new);
        READERS.put("csv", io.taoxi.jobs.ingest.dataset.CsvSourceReader::new);
        DEFAULT_FOR_SOURCE.put("web", "warc");
        READERS.put("tika", io.taoxi.jobs.ingest.doc.TikaSourceReader::new);
        DEFAULT_FOR_SOURCE.put("doc", "tika");
        READERS.put("code", io.taoxi.jobs.ingest.code.CodeSourceReader::new);
        DEFAULT_FOR_SOURCE.put("code", "code");
    }

    private SourceReaders() {
    }

    public static SourceReader forInput(InputSpec input, int index) {
        String format = input.format();
        if (format == null || format.equals("auto")) {
            format = DEFAULT_FOR_SOURCE.get(input.source());
            if (format == null) {
                throw new ConfigException("ingest.inputs[" + index + "].format: no default reader for source '"
                        + input.source() + "'; set one of " + READERS.keySet());
            }
        }
        Supplier<SourceReader> reader = READERS.get(format);
        if (reader == null) {
            throw ConfigException.outOfRange("ingest.inputs[" + index + "].format", format,
                    "must be auto or one of " + READERS.keySet());
        }
        return reader.get();
    }

    public static java.util.Set<String> formats() {
        return READERS.keySet();
    }
}
