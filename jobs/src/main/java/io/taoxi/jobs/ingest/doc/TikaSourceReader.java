package io.taoxi.jobs.ingest.doc;

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
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: reader {@code tika}. Documents (PDF, DOCX, DOC, PPTX, PPT, ODT, ODP, EPUB, RTF, HTML, XML)
 * parsed by Apache Tika, text files (.txt, .md, .rst, any encoding) decoded by filters' {@code TextDecoder},
 * and archives (zip, tar, tar.gz) whose members become documents: one task per file. docs/ingest-docs.md.
 */
public final class TikaSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;

    private final DocReaderOptions options;

    public TikaSourceReader() {
        this(DocReaderOptions.defaults());
    }

    public TikaSourceReader(DocReaderOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "tika";
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return FileListing.files(name(), input, inputIndex, hadoop, DocFormats::accepts);
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        return new DocFileReader(task.source(), task.sourceFile(), task.length(), () -> {
            try {
                Path path = new Path(task.uri());
                return path.getFileSystem(hadoop).open(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, options, () -> new DocumentParser(TikaParsers.shared(), options), () -> TikaParsers.shared().getDetector());
    }
}
