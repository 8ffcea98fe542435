package io.taoxi.jobs.ingest.doc;

import io.taoxi.jobs.ingest.IngestRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.tika.parser.Parser;

/** The committed fixtures (made by make-fixtures.py) and a way to read one file without Spark. */
final class DocFixtures {
    private DocFixtures() {
    }

    static Path dir(String name) {
        try {
            return Path.of(Objects.requireNonNull(DocFixtures.class.getResource("/doc/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path corpus() {
        return dir("corpus");
    }

    static Path hostile() {
        return dir("hostile");
    }

    /** Every row of one file, summary last, read by the reader with the given parser and options. */
    static List<IngestRow> read(Path file, String sourceFile, DocReaderOptions options, Parser parser) {
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<IngestRow> rows = new ArrayList<>();
        try (DocFileReader reader = new DocFileReader("doc", sourceFile, length, () -> open(file), options,
                () -> new DocumentParser(parser, options), () -> TikaParsers.shared().getDetector())) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    static List<IngestRow> read(Path file) {
        return read(file, file.getFileName().toString(), DocReaderOptions.defaults(), TikaParsers.shared());
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
