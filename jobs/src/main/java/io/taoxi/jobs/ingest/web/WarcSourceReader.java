package io.taoxi.jobs.ingest.web;

import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.FileListing;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** Infrastructure: {@code .warc}, {@code .warc.gz}, {@code .wet}, {@code .wet.gz} files, one task each. */
public final class WarcSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "warc";
    }

    public static boolean accepts(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".wet") || n.endsWith(".wet.gz");
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return FileListing.files(name(), input, inputIndex, hadoop, WarcSourceReader::accepts);
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        WarcFileReader.Options options = new WarcFileReader.Options(spec.maxRecordBytes(), spec.verifyDigests(),
                spec.html());
        return new WarcFileReader(task.source(), task.sourceFile(), () -> {
            try {
                Path path = new Path(task.uri());
                return SeekableInput.open(path.getFileSystem(hadoop), path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, options);
    }
}
