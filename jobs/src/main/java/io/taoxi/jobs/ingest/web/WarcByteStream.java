package io.taoxi.jobs.ingest.web;

import java.io.Closeable;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Infrastructure: the uncompressed bytes of a WARC file, whether plain, gzip per record, or gzip as a
 * whole file, with the location of every byte and a way back after damage.
 *
 * <p>Gzip members are decoded one by one (never through {@link java.util.zip.GZIPInputStream}, which
 * hides member boundaries and gives up at the first bad one), so every byte has a location: the file
 * offset of its gzip member and its offset inside that member's uncompressed data. For a plain file the
 * location is the file offset and the inner offset is 0. A damaged member (bad deflate data, CRC or size
 * mismatch, file ends inside it) or bytes between members that are not gzip surface as a
 * {@link CorruptInputException}; the caller quarantines and calls {@link #recover()}, which moves to the
 * next gzip header after the damaged member's start.
 *
 * <p>Known limitation: bytes handed back with {@link #unread} keep the location of their first byte's
 * member; a resynchronisation that spans two members reports the first member's offset.
 */
public final class WarcByteStream implements Closeable {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final SeekableInput in;
    private final long length;
    private final boolean gzip;

    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] compressed = new byte[1 << 16];
    private boolean memberOpen;
    private long memberStart;
    private long memberOut;

    private final byte[] out = new byte[1 << 16];
    private int outPos;
    private int outLen;
    private long outStartInner;

    private byte[] pushback;
    private int pushbackPos;
    private long pushbackMember;
    private long pushbackInner;

    public WarcByteStream(SeekableInput in) throws IOException {
        this.in = in;
        this.length = in.length();
        int b1 = in.read();
        int b2 = in.read();
        in.seek(0);
        this.gzip = b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2;
    }

    public boolean isGzip() {
        return gzip;
    }

    /** File offset of the next byte (its gzip member's start when compressed). */
    public long offset() {
        if (pushback != null) {
            return gzip ? pushbackMember : pushbackMember + pushbackPos;
        }
        if (!gzip) {
            return in.position();
        }
        if (outPos < outLen || memberOpen) {
            return memberStart;
        }
        return in.position();
    }

    /** Offset of the next byte inside its gzip member's uncompressed data; 0 for plain files. */
    public long innerOffset() {
        if (!gzip) {
            return 0;
        }
        if (pushback != null) {
            return pushbackInner + pushbackPos;
        }
        if (outPos < outLen) {
            return outStartInner + outPos;
        }
        return memberOpen ? memberOut : 0;
    }

    /**
     * Hands {@code bytes[from..to)} back; they are read again before anything else. {@code offset} and
     * {@code innerOffset} are the location of {@code bytes[0]}.
     */
    public void unread(byte[] bytes, int from, int to, long offset, long innerOffset) {
        if (to <= from) {
            return;
        }
        int remaining = pushback == null ? 0 : pushback.length - pushbackPos;
        byte[] merged = new byte[to - from + remaining];
        System.arraycopy(bytes, from, merged, 0, to - from);
        if (remaining > 0) {
            System.arraycopy(pushback, pushbackPos, merged, to - from, remaining);
        }
        pushback = merged;
        pushbackPos = 0;
        if (gzip) {
            pushbackMember = offset;
            pushbackInner = innerOffset + from;
        } else {
            pushbackMember = offset + from;
            pushbackInner = 0;
        }
    }

    private long lastOffset;
    private long lastInner;

    /** File offset (gzip member start when compressed) of the byte last returned by {@link #read()}. */
    public long lastOffset() {
        return lastOffset;
    }

    /** Inner offset of the byte last returned by {@link #read()}. */
    public long lastInnerOffset() {
        return lastInner;
    }

    /** Next byte or -1 at the end of the file. */
    public int read() throws IOException {
        if (pushback != null) {
            if (gzip) {
                lastOffset = pushbackMember;
                lastInner = pushbackInner + pushbackPos;
            } else {
                lastOffset = pushbackMember + pushbackPos;
                lastInner = 0;
            }
            int b = pushback[pushbackPos++] & 0xff;
            if (pushbackPos == pushback.length) {
                pushback = null;
            }
            return b;
        }
        if (!gzip) {
            lastOffset = in.position();
            lastInner = 0;
            return in.read();
        }
        if (outPos >= outLen && !refill()) {
            return -1;
        }
        lastOffset = memberStart;
        lastInner = outStartInner + outPos;
        return out[outPos++] & 0xff;
    }

    /** Reads up to {@code len} bytes; -1 at the end of the file. */
    public int read(byte[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pushback != null) {
            int n = Math.min(len, pushback.length - pushbackPos);
            System.arraycopy(pushback, pushbackPos, target, off, n);
            pushbackPos += n;
            if (pushbackPos == pushback.length) {
                pushback = null;
            }
            return n;
        }
        if (!gzip) {
            return in.read(target, off, len);
        }
        if (outPos >= outLen && !refill()) {
            return -1;
        }
        int n = Math.min(len, outLen - outPos);
        System.arraycopy(out, outPos, target, off, n);
        outPos += n;
        return n;
    }

    private boolean refill() throws IOException {
        outPos = 0;
        outLen = 0;
        while (true) {
            if (!memberOpen) {
                if (in.position() >= length) {
                    return false;
                }
                startMember();
            }
            int n;
            try {
                n = inflater.inflate(out, 0, out.length);
            } catch (DataFormatException e) {
                throw damaged("bad_gzip_member", "invalid deflate data in gzip member at offset "
                        + memberStart + ": " + e.getMessage());
            }
            if (n > 0) {
                crc.update(out, 0, n);
                outStartInner = memberOut;
                memberOut += n;
                outLen = n;
                return true;
            }
            if (inflater.finished()) {
                finishMember();
                continue;
            }
            if (inflater.needsDictionary()) {
                throw damaged("bad_gzip_member", "gzip member at offset " + memberStart + " asks for a preset dictionary");
            }
            if (inflater.needsInput()) {
                int r = in.read(compressed, 0, compressed.length);
                if (r < 0) {
                    throw damaged("truncated_record", "file ends inside the gzip member that starts at offset "
                            + memberStart + " (" + (length - memberStart) + " bytes of it present)");
                }
                inflater.setInput(compressed, 0, r);
            }
        }
    }

    private void startMember() throws IOException {
        long start = in.position();
        if (!validHeaderAt(start)) {
            long next = nextHeaderFrom(start + 1);
            in.seek(next);
            throw new CorruptInputException("garbage_between_records", start,
                    (next - start) + " bytes that are not a gzip member at offset " + start, next - start);
        }
        memberStart = start;
        memberOpen = true;
        memberOut = 0;
        inflater.reset();
        crc.reset();
        in.read();
        in.read();
        in.read();
        int flags = in.read();
        for (int i = 0; i < 6; i++) {
            in.read();
        }
        if ((flags & 4) != 0) {
            int lo = in.read();
            int hi = in.read();
            if (hi < 0) {
                throw damaged("truncated_record", "file ends inside a gzip header at offset " + start);
            }
            skip(lo | (hi << 8));
        }
        if ((flags & 8) != 0) {
            skipZeroTerminated();
        }
        if ((flags & 16) != 0) {
            skipZeroTerminated();
        }
        if ((flags & 2) != 0) {
            skip(2);
        }
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            if (in.read() < 0) {
                throw damaged("truncated_record", "file ends inside a gzip header at offset " + memberStart);
            }
        }
    }

    private void skipZeroTerminated() throws IOException {
        int b;
        do {
            b = in.read();
            if (b < 0) {
                throw damaged("truncated_record", "file ends inside a gzip header at offset " + memberStart);
            }
        } while (b != 0);
    }

    private void finishMember() throws IOException {
        int remaining = inflater.getRemaining();
        in.seek(in.position() - remaining);
        long crcExpected = readLittleEndianInt();
        long sizeExpected = readLittleEndianInt();
        if (crcExpected < 0 || sizeExpected < 0) {
            throw trailer("truncated_record", "file ends inside the trailer of the gzip member at offset " + memberStart);
        }
        if (crcExpected != crc.getValue()) {
            throw trailer("bad_gzip_member", "CRC mismatch in gzip member at offset " + memberStart);
        }
        if (sizeExpected != (memberOut & 0xffffffffL)) {
            throw trailer("bad_gzip_member", "size mismatch in gzip member at offset " + memberStart);
        }
        memberOpen = false;
    }

    private CorruptInputException trailer(String reason, String message) {
        return new CorruptInputException(reason, memberStart, memberOut, true, message, 0);
    }

    /**
     * Makes sure the next byte is decoded (and a gzip member that ends here has its trailer checked) without
     * consuming it. Returns -1 at the end of the file.
     */
    public int peek() throws IOException {
        if (pushback != null) {
            return pushback[pushbackPos] & 0xff;
        }
        if (!gzip) {
            int b = in.read();
            if (b >= 0) {
                in.seek(in.position() - 1);
            }
            return b;
        }
        if (outPos >= outLen && !refill()) {
            return -1;
        }
        return out[outPos] & 0xff;
    }

    private long readLittleEndianInt() throws IOException {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            v |= ((long) b) << (8 * i);
        }
        return v;
    }

    private CorruptInputException damaged(String reason, String message) {
        return new CorruptInputException(reason, memberStart, memberOut, false, message, 0);
    }

    /**
     * After a {@link CorruptInputException}: drops what is buffered and positions at the next gzip header
     * after the damaged member's start (or at the end of the file). Returns the compressed bytes of the
     * damaged member (0 for plain files).
     */
    public long recover() throws IOException {
        pushback = null;
        outPos = 0;
        outLen = 0;
        if (!gzip) {
            return 0;
        }
        long skipped = 0;
        if (memberOpen) {
            memberOpen = false;
            long next = nextHeaderFrom(memberStart + 1);
            in.seek(next);
            skipped = next - memberStart;
        }
        inflater.reset();
        return skipped;
    }

    private boolean validHeaderAt(long position) throws IOException {
        long saved = in.position();
        in.seek(position);
        int b1 = in.read();
        int b2 = in.read();
        int cm = in.read();
        int flags = in.read();
        in.seek(saved);
        return b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2 && cm == 8 && flags >= 0 && (flags & 0xe0) == 0;
    }

    private long nextHeaderFrom(long position) throws IOException {
        in.seek(position);
        long p = position;
        int prev2 = -1;
        int prev1 = -1;
        int b;
        while ((b = in.read()) >= 0) {
            if (prev2 == GZIP_MAGIC_1 && prev1 == GZIP_MAGIC_2 && b == 8) {
                long candidate = p - 2;
                if (validHeaderAt(candidate)) {
                    in.seek(candidate);
                    return candidate;
                }
            }
            prev2 = prev1;
            prev1 = b;
            p++;
        }
        in.seek(length);
        return length;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
