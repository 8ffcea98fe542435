package io.taoxi.jobs.ingest.dataset;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Infrastructure: the lines of a plain, gzip or zstd file (compression detected by magic bytes, not by the
 * extension), each with its byte offset in the uncompressed data and its 1-based line number. Lines end at
 * {@code \n}; a trailing {@code \r} and a UTF-8 byte order mark at the start of the file are removed. A line
 * longer than the limit is not buffered: it is returned once with {@link Line#tooLong()} set and its bytes
 * skipped to the next newline.
 *
 * <p>Locators: for a plain file a record is at ({@code source_offset} = byte offset, inner 0); for a compressed
 * file at ({@code source_offset} 0, {@code source_inner_offset} = offset in the uncompressed data) — seek to
 * 0, decompress, skip the inner offset (docs/schema.md).
 */
public final class LineInput implements Closeable {
    /** How the bytes are stored. */
    public enum Compression {
        NONE, GZIP, ZSTD
    }

    /** One line. {@code bytes} is valid up to {@code length}; {@code rawBytes} counts the newline too. */
    public record Line(byte[] bytes, int length, long offset, long number, long rawBytes, boolean tooLong) {
        public byte[] copy() {
            return Arrays.copyOf(bytes, length);
        }
    }

    private final InputStream in;
    private final Compression compression;
    private final byte[] buffer = new byte[1 << 16];
    private int bufferLength;
    private int bufferPosition;
    private long position;
    private long lineNumber;
    private byte[] line = new byte[1 << 12];

    private LineInput(InputStream in, Compression compression) {
        this.in = in;
        this.compression = compression;
    }

    /** Wraps {@code raw} (closed with this), decompressing if its first bytes say gzip or zstd. */
    public static LineInput open(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        Compression compression = detect(buffered);
        InputStream in = switch (compression) {
            // no BufferedInputStream on top: its read() loops while available() > 0 and would lose the bytes
            // decoded before a truncated stream fails; our own buffer takes what each read returns
            case GZIP -> new GZIPInputStream(buffered, 1 << 16);
            case ZSTD -> new ZstdInputStream(buffered);
            case NONE -> buffered;
        };
        return new LineInput(in, compression);
    }

    /** Compression by magic bytes; the stream is reset to its start. */
    public static Compression detect(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] magic = new byte[4];
        int n = in.readNBytes(magic, 0, 4);
        in.reset();
        if (n >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return Compression.GZIP;
        }
        if (n == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5 && (magic[2] & 0xff) == 0x2f
                && (magic[3] & 0xff) == 0xfd) {
            return Compression.ZSTD;
        }
        return Compression.NONE;
    }

    public Compression compression() {
        return compression;
    }

    public boolean compressed() {
        return compression != Compression.NONE;
    }

    /** {@code source_offset} of a record starting at uncompressed {@code offset}. */
    public long sourceOffset(long offset) {
        return compressed() ? 0 : offset;
    }

    /** {@code source_inner_offset} of a record starting at uncompressed {@code offset}. */
    public long innerOffset(long offset) {
        return compressed() ? offset : 0;
    }

    /** Offset (uncompressed) of the next byte to be read. */
    public long position() {
        return position;
    }

    /** Lines read so far. */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The next line, or null at the end. A final line without a newline is returned too.
     *
     * @param maxBytes longer lines come back with {@code tooLong} and no bytes
     */
    public Line next(int maxBytes) throws IOException {
        long start = position;
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (bufferPosition >= bufferLength) {
                bufferLength = in.read(buffer, 0, buffer.length);
                bufferPosition = 0;
                if (bufferLength <= 0) {
                    bufferLength = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int from = bufferPosition;
            int newline = -1;
            for (int i = from; i < bufferLength; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? bufferLength : newline;
            int chunk = end - from;
            if (!tooLong) {
                if ((long) length + chunk > maxBytes) {
                    tooLong = true;
                } else {
                    if (length + chunk > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                    }
                    System.arraycopy(buffer, from, line, length, chunk);
                    length += chunk;
                }
            }
            position += chunk;
            bufferPosition = end;
            if (newline >= 0) {
                bufferPosition++;
                position++;
                break;
            }
        }
        lineNumber++;
        int offsetInLine = 0;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (lineNumber == 1 && !tooLong && length >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb
                && (line[2] & 0xff) == 0xbf) {
            offsetInLine = 3;
        }
        byte[] bytes = offsetInLine == 0 ? line : Arrays.copyOfRange(line, offsetInLine, length);
        return new Line(bytes, tooLong ? 0 : length - offsetInLine, start, lineNumber, position - start, tooLong);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
