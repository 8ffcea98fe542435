package io.taoxi.jobs.ingest.dataset;

import io.taoxi.jobs.ingest.IngestRow;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;

/**
 * Infrastructure: the lazy outcome rows of one input file, then its summary row — the skeleton every dataset
 * and forum reader shares. A subclass opens its input, then adds rows with {@link #emit} and counts records
 * with {@link #countRecord} as it scans, independently of the rows it emits; the summary's
 * {@code recordsFound} is that count.
 *
 * <p>Failures never escape: a file that cannot be opened is one quarantined row ({@code unreadable_file});
 * an input that fails mid-read becomes one quarantined row at the current location ({@code truncated_file}
 * for a compressed stream that ends early, {@code bad_compressed_data} for invalid gzip/zstd data,
 * {@code read_error} otherwise), after which {@link #drain} still hands out what the reader had buffered.
 */
public abstract class OutcomeIterator implements Iterator<IngestRow>, AutoCloseable {
    protected final String source;
    protected final String sourceFile;
    private final ArrayDeque<IngestRow> queue = new ArrayDeque<>();
    private boolean opened;
    private boolean finished;
    private boolean summaryEmitted;
    private boolean done;
    private long recordsFound;
    private long bytesRead;
    private long startNanos;

    protected OutcomeIterator(String source, String sourceFile) {
        this.source = source;
        this.sourceFile = sourceFile;
    }

    /** Opens the input. */
    protected abstract void open() throws IOException;

    /** Reads on, emitting rows; false when the input is exhausted. */
    protected abstract boolean step() throws IOException;

    /** After the input ended or failed: emit what is still buffered. */
    protected void drain() {
    }

    /** Closes the input; must not throw. */
    protected abstract void closeInput();

    /** Location of a mid-read failure: {source_offset, source_inner_offset}. */
    protected long[] failureLocation() {
        return new long[] {0, 0};
    }

    protected final void emit(IngestRow row) {
        queue.add(row);
    }

    protected final void countRecord() {
        recordsFound++;
    }

    protected final void countBytes(long bytes) {
        bytesRead += bytes;
    }

    @Override
    public final boolean hasNext() {
        while (queue.isEmpty() && !done) {
            advance();
        }
        return !queue.isEmpty();
    }

    @Override
    public final IngestRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return queue.poll();
    }

    private void advance() {
        if (!opened) {
            opened = true;
            startNanos = System.nanoTime();
            try {
                open();
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                finished = true;
                countRecord();
                emit(IngestRow.quarantined(source, sourceFile, 0, 0, null, 0, "unreadable_file",
                        e.getClass().getName(), sourceFile + ": " + e.getMessage()));
            }
            return;
        }
        if (!finished) {
            try {
                if (!step()) {
                    finished = true;
                    drain();
                }
            } catch (IOException | RuntimeException e) {
                finished = true;
                countRecord();
                long[] at = failureLocation();
                emit(IngestRow.quarantined(source, sourceFile, at[0], at[1], null, 0, failureReason(e),
                        e.getClass().getName(), sourceFile + " at offset " + at[0] + "/" + at[1] + ": "
                                + e.getMessage()));
                try {
                    drain();
                } catch (RuntimeException again) {
                    countRecord();
                    emit(IngestRow.quarantined(source, sourceFile, at[0], at[1] + 1, null, 0, "read_error",
                            again.getClass().getName(), sourceFile + ": " + again.getMessage()));
                }
            }
            return;
        }
        if (!summaryEmitted) {
            summaryEmitted = true;
            close();
            emit(IngestRow.sourceSummary(source, sourceFile, recordsFound, bytesRead,
                    (System.nanoTime() - startNanos) / 1_000_000));
            return;
        }
        done = true;
    }

    /** The reason for an input that failed mid-read. */
    public static String failureReason(Throwable e) {
        if (e instanceof EOFException) {
            return "truncated_file";
        }
        if (e instanceof ZipException || e.getClass().getName().startsWith("com.github.luben.zstd")) {
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return m.contains("truncat") || m.contains("unexpected end") ? "truncated_file" : "bad_compressed_data";
        }
        return "read_error";
    }

    @Override
    public final void close() {
        closeInput();
    }
}
