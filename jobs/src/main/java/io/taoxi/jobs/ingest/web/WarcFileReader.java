package io.taoxi.jobs.ingest.web;

import io.taoxi.filters.html.MainTextExtractor;
import io.taoxi.jobs.ingest.IngestRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Infrastructure: every outcome of one WARC/WET file, lazily, followed by the file's summary row.
 *
 * <p>The summary's {@code recordsFound} counts the frames the framer cut (records and damaged regions)
 * independently of the rows produced from them, so a row lost between the two breaks the stage invariant
 * instead of disappearing. A file that cannot be opened is one quarantined row ({@code unreadable_file}).
 */
public final class WarcFileReader implements Iterator<IngestRow>, AutoCloseable {
    /** What the reader needs to know; built from the ingest spec. */
    public record Options(long maxRecordBytes, boolean verifyDigests, MainTextExtractor.Spec html)
            implements java.io.Serializable {
    }

    private final String source;
    private final String sourceFile;
    private final Supplier<SeekableInput> opener;
    private final Options options;

    private WarcByteStream stream;
    private WarcFramer framer;
    private WarcRecordProcessor processor;
    private boolean opened;
    private boolean finished;
    private boolean summaryEmitted;
    private long recordsFound;
    private long bytesRead;
    private long startNanos;
    private IngestRow pending;

    /**
     * @param opener opens the file; an {@link UncheckedIOException} from it becomes a quarantined row
     */
    public WarcFileReader(String source, String sourceFile, Supplier<SeekableInput> opener, Options options) {
        this.source = source;
        this.sourceFile = sourceFile;
        this.opener = opener;
        this.options = options;
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public IngestRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IngestRow row = pending;
        pending = null;
        return row;
    }

    private IngestRow advance() {
        if (!opened) {
            opened = true;
            startNanos = System.nanoTime();
            try {
                stream = new WarcByteStream(opener.get());
                framer = new WarcFramer(stream, options.maxRecordBytes());
                processor = new WarcRecordProcessor(source, sourceFile, options.verifyDigests(),
                        options.maxRecordBytes(), new MainTextExtractor(options.html()));
            } catch (IOException | UncheckedIOException e) {
                finished = true;
                recordsFound = 1;
                return IngestRow.quarantined(source, sourceFile, 0, 0, null, 0, "unreadable_file",
                        e.getClass().getName(), sourceFile + ": " + e.getMessage());
            }
        }
        if (!finished) {
            try {
                WarcFramer.Frame frame = framer.next();
                if (frame != null) {
                    recordsFound++;
                    bytesRead += frame.bytes();
                    return processor.process(frame);
                }
                finished = true;
            } catch (IOException | RuntimeException e) {
                // An I/O failure of the file system itself: the rest of the file is one quarantined region.
                finished = true;
                recordsFound++;
                return IngestRow.quarantined(source, sourceFile, stream == null ? 0 : stream.offset(), 0, null, 0,
                        "read_error", e.getClass().getName(), sourceFile + ": " + e.getMessage());
            }
        }
        if (!summaryEmitted) {
            summaryEmitted = true;
            close();
            long millis = (System.nanoTime() - startNanos) / 1_000_000;
            return IngestRow.sourceSummary(source, sourceFile, recordsFound, bytesRead, millis);
        }
        return null;
    }

    @Override
    public void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // Closing a file we only read: nothing is lost.
            }
            stream = null;
        }
    }
}
