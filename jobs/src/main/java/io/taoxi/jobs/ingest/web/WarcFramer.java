package io.taoxi.jobs.ingest.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Infrastructure: cuts a {@link WarcByteStream} into WARC records without trusting it.
 *
 * <p>Each call to {@link #next()} returns one {@link Frame}: a {@link Frame.Record} whose header starts
 * with a {@code WARC/x.y} version line (1.0, 1.1 and the 0.18 draft share this layout), whose block has
 * the declared {@code Content-Length} and is followed by the CRLF CRLF separator; or a {@link Frame.Damage}
 * for bytes that could not be framed. After damage the framer resynchronises at the next line that starts
 * with {@code WARC/}, so one bad record costs one quarantined row, not the rest of the file.
 *
 * <ul>
 *   <li>{@code garbage_between_records}: bytes where a record should start but none does;</li>
 *   <li>{@code bad_warc_header}: a header without a usable {@code Content-Length}, or one too large;</li>
 *   <li>{@code content_length_mismatch}: the block is not followed by CRLF CRLF (the length is wrong);</li>
 *   <li>{@code truncated_record}: the file (or its gzip member) ends inside a record;</li>
 *   <li>{@code bad_gzip_member}: the compressed data of the record is damaged.</li>
 * </ul>
 * Blocks larger than {@code maxBlockBytes} are streamed past and returned without their bytes.
 */
public final class WarcFramer {
    private static final int MAX_HEADER_BYTES = 1 << 18;
    private static final byte[] VERSION_PREFIX = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /** What the framer found. */
    public sealed interface Frame permits Frame.Record, Frame.Damage {
        long offset();

        long innerOffset();

        /** Uncompressed bytes this frame accounts for (compressed bytes for garbage between gzip members). */
        long bytes();

        record Record(long offset, long innerOffset, byte[] header, byte[] block, long blockLength, long bytes)
                implements Frame {
            /** True when the block was larger than the limit and was skipped. */
            public boolean blockSkipped() {
                return block == null;
            }
        }

        record Damage(long offset, long innerOffset, String reason, String message, long bytes) implements Frame {
        }
    }

    private final WarcByteStream stream;
    private final long maxBlockBytes;

    public WarcFramer(WarcByteStream stream, long maxBlockBytes) {
        this.stream = stream;
        this.maxBlockBytes = maxBlockBytes;
    }

    /** Damage met while looking past the previous record; reported by the next call. */
    private CorruptInputException pending;

    /** The next frame, or null at the end of the file. */
    public Frame next() throws IOException {
        if (pending != null) {
            CorruptInputException e = pending;
            pending = null;
            return damageAfterRecord(e, stream.recover());
        }
        long offset = -1;
        long inner = -1;
        long consumed = 0;
        try {
            int b = skipSeparators();
            if (b < 0) {
                return null;
            }
            offset = stream.lastOffset();
            inner = stream.lastInnerOffset();
            HeaderBuffer header = new HeaderBuffer();
            header.write(b);
            consumed = 1;
            if (!startsWithVersion(header)) {
                byte[] seen = header.toByteArray();
                stream.unread(seen, 1, seen.length, offset, inner);
                long skipped = 1 + scanToNextVersionLine();
                return new Frame.Damage(offset, inner, "garbage_between_records",
                        skipped + " bytes at " + where(offset, inner) + " do not start a WARC record", skipped);
            }
            int headerEnd = readHeader(header);
            consumed = header.size();
            if (headerEnd < 0) {
                if (header.size() >= MAX_HEADER_BYTES) {
                    return resync(header.toByteArray(), null, offset, inner, "bad_warc_header",
                            "WARC header at " + where(offset, inner) + " longer than " + MAX_HEADER_BYTES + " bytes");
                }
                return new Frame.Damage(offset, inner, "truncated_record",
                        "file ends inside the WARC header at " + where(offset, inner), consumed);
            }
            byte[] headerBytes = header.toByteArray();
            long contentLength = contentLength(headerBytes);
            if (contentLength < 0) {
                return resync(headerBytes, null, offset, inner, "bad_warc_header",
                        "WARC header at " + where(offset, inner) + " has no valid Content-Length");
            }
            byte[] block = null;
            if (contentLength > maxBlockBytes) {
                long skipped = skipBytes(contentLength);
                consumed += skipped;
                if (skipped < contentLength) {
                    return new Frame.Damage(offset, inner, "truncated_record", "file ends " + skipped + " bytes into a "
                            + contentLength + "-byte block at " + where(offset, inner), consumed);
                }
            } else {
                block = new byte[(int) contentLength];
                int got = readFully(block);
                consumed += got;
                if (got < contentLength) {
                    return new Frame.Damage(offset, inner, "truncated_record", "file ends " + got + " bytes into a "
                            + contentLength + "-byte block at " + where(offset, inner), consumed);
                }
            }
            byte[] trailer = new byte[4];
            int trailerLength = readSeparator(trailer);
            if (trailerLength < 0) {
                // Not CRLF CRLF: the declared length is wrong. Rescan from just after this record's start.
                int got = -trailerLength - 1;
                byte[] tail = block == null ? new byte[0] : block;
                byte[] rest = new byte[tail.length + got];
                System.arraycopy(tail, 0, rest, 0, tail.length);
                System.arraycopy(trailer, 0, rest, tail.length, got);
                return resync(headerBytes, rest, offset, inner, "content_length_mismatch",
                        "block of the record at " + where(offset, inner) + " is not followed by CRLF CRLF"
                                + " (Content-Length " + contentLength + " is wrong)");
            }
            consumed += trailerLength;
            try {
                // Decode past the record: a gzip member that ends here gets its CRC and size checked
                // before the record is trusted.
                stream.peek();
            } catch (CorruptInputException e) {
                if (e.atTrailer() && e.offset() == offset && inner == 0) {
                    long skipped = stream.recover();
                    return new Frame.Damage(offset, inner, e.reason(), "record at " + where(offset, inner)
                            + " is complete but its gzip member is damaged: " + e.getMessage(),
                            Math.max(consumed, skipped));
                }
                pending = e;
            }
            return new Frame.Record(offset, inner, headerBytes, block, contentLength, consumed);
        } catch (CorruptInputException e) {
            long skipped = stream.recover();
            if (offset >= 0 && e.skippedBytes() == 0) {
                // The damage is inside the record that starts here.
                return new Frame.Damage(offset, inner, e.reason(), e.getMessage(), Math.max(Math.max(consumed, skipped), 1));
            }
            return damageAfterRecord(e, skipped);
        }
    }

    /** Damage where no record had started: located where it showed, so it never shares a record's id. */
    private static Frame damageAfterRecord(CorruptInputException e, long skipped) {
        if (e.skippedBytes() > 0) {
            return new Frame.Damage(e.offset(), 0, e.reason(), e.getMessage(), e.skippedBytes());
        }
        return new Frame.Damage(e.offset(), e.innerOffset(), e.reason(), e.getMessage(), Math.max(skipped, 1));
    }

    private static String where(long offset, long inner) {
        return inner > 0 ? "offset " + offset + "+" + inner : "offset " + offset;
    }

    /** Skips the blank lines between records; returns the first other byte or -1. */
    private int skipSeparators() throws IOException {
        int b;
        do {
            b = stream.read();
        } while (b == '\r' || b == '\n');
        return b;
    }

    private boolean startsWithVersion(HeaderBuffer header) throws IOException {
        for (int i = 1; i < VERSION_PREFIX.length; i++) {
            int b = stream.read();
            if (b < 0) {
                return false;
            }
            header.write(b);
            if (b != VERSION_PREFIX[i]) {
                return false;
            }
        }
        return header.first() == 'W';
    }

    /** Reads header lines up to the blank line; returns the header length, or -1 at end of input / limit. */
    private int readHeader(HeaderBuffer header) throws IOException {
        int last3 = 0;
        while (header.size() < MAX_HEADER_BYTES) {
            int b = stream.read();
            if (b < 0) {
                return -1;
            }
            header.write(b);
            last3 = ((last3 << 8) | b) & 0xffffffff;
            if ((last3 & 0xffffffff) == 0x0d0a0d0a || (last3 & 0xffff) == 0x0a0a) {
                return header.size();
            }
        }
        return -1;
    }

    private static final byte[] CONTENT_LENGTH = "content-length".getBytes(StandardCharsets.US_ASCII);

    /**
     * The value of the first header line whose name (before the first colon, trimmed, any case) is
     * {@code Content-Length}; -1 when there is none or its value is not a non-negative number. Lines end at
     * LF (a CR before it is not part of the line). Works on the bytes (read as ISO-8859-1).
     */
    static long contentLength(byte[] header) {
        int lineStart = 0;
        while (lineStart < header.length) {
            int lineEnd = lineStart;
            while (lineEnd < header.length && header[lineEnd] != '\n') {
                lineEnd++;
            }
            int end = lineEnd < header.length && lineEnd > lineStart && header[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            int colon = lineStart;
            while (colon < end && header[colon] != ':') {
                colon++;
            }
            if (colon < end && colon > lineStart && isContentLengthName(header, lineStart, colon)) {
                try {
                    long value = Long.parseLong(new String(header, colon + 1, end - colon - 1,
                            StandardCharsets.ISO_8859_1).trim());
                    return value >= 0 ? value : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /** {@code header[from, to)}, trimmed of bytes up to space (as {@link String#trim}), is "content-length" in any case. */
    private static boolean isContentLengthName(byte[] header, int from, int to) {
        while (from < to && (header[from] & 0xff) <= ' ') {
            from++;
        }
        while (to > from && (header[to - 1] & 0xff) <= ' ') {
            to--;
        }
        if (to - from != CONTENT_LENGTH.length) {
            return false;
        }
        for (int i = 0; i < CONTENT_LENGTH.length; i++) {
            int b = header[from + i] & 0xff;
            if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != CONTENT_LENGTH[i]) {
                return false;
            }
        }
        return true;
    }

    /** A growable byte array for one header (a ByteArrayOutputStream takes a lock on every byte). */
    private static final class HeaderBuffer {
        private byte[] bytes = new byte[512];
        private int size;

        void write(int b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        int size() {
            return size;
        }

        int first() {
            return size == 0 ? -1 : bytes[0];
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }

    private int readFully(byte[] target) throws IOException {
        int total = 0;
        while (total < target.length) {
            int n = stream.read(target, total, target.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private long skipBytes(long count) throws IOException {
        byte[] scratch = new byte[1 << 16];
        long total = 0;
        while (total < count) {
            int n = stream.read(scratch, 0, (int) Math.min(scratch.length, count - total));
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /**
     * Reads the record separator. Returns its length (4 for CRLF CRLF, 2 for a bare LF LF, 0 at the end of
     * the input); otherwise {@code -(bytesRead + 1)} with those bytes in {@code got}.
     */
    private int readSeparator(byte[] got) throws IOException {
        int n = 0;
        int b = stream.read();
        if (b < 0) {
            return 0;
        }
        got[n++] = (byte) b;
        if (b == '\n') {
            int c = stream.read();
            if (c == '\n') {
                return 2;
            }
            if (c >= 0) {
                got[n++] = (byte) c;
            }
            return -(n + 1);
        }
        byte[] expected = {'\r', '\n', '\r', '\n'};
        if (b != '\r') {
            return -(n + 1);
        }
        for (int i = 1; i < 4; i++) {
            int c = stream.read();
            if (c < 0) {
                return -(n + 1);
            }
            got[n++] = (byte) c;
            if (c != expected[i]) {
                return -(n + 1);
            }
        }
        return 4;
    }

    /**
     * Hands back everything after the first byte of a bad record and scans for the next {@code WARC/} line.
     * The bytes up to it become one damage frame.
     */
    private Frame resync(byte[] header, byte[] rest, long offset, long inner, String reason,
            String message) throws IOException {
        int restLength = rest == null ? 0 : rest.length;
        byte[] all = new byte[header.length + restLength];
        System.arraycopy(header, 0, all, 0, header.length);
        if (restLength > 0) {
            System.arraycopy(rest, 0, all, header.length, restLength);
        }
        stream.unread(all, 1, all.length, offset, inner);
        long skipped = 1 + scanToNextVersionLine();
        return new Frame.Damage(offset, inner, reason, message, skipped);
    }

    /**
     * Consumes bytes until the next line that starts with {@code WARC/} (left unread) or the end of the
     * input; returns the number consumed.
     */
    private long scanToNextVersionLine() throws IOException {
        long count = 0;
        int previous = '\n' + 1;
        while (true) {
            int b = stream.read();
            if (b < 0) {
                return count;
            }
            long off = stream.lastOffset();
            long inner = stream.lastInnerOffset();
            if (b == 'W' && previous == '\n') {
                byte[] probe = new byte[VERSION_PREFIX.length];
                probe[0] = 'W';
                int n = 1;
                boolean match = true;
                while (n < VERSION_PREFIX.length) {
                    int c = stream.read();
                    if (c < 0) {
                        match = false;
                        break;
                    }
                    probe[n++] = (byte) c;
                    if (c != VERSION_PREFIX[n - 1]) {
                        match = false;
                        break;
                    }
                }
                stream.unread(probe, 0, n, off, inner);
                if (match) {
                    return count;
                }
                stream.read();
            }
            previous = b;
            count++;
        }
    }
}
