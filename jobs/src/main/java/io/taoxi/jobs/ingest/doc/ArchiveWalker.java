package io.taoxi.jobs.ingest.doc;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Infrastructure (shared by the doc and code readers): the entries of one zip, tar or tar.gz archive, streamed in archive order (nothing is
 * written to disk), with each member's bytes read under a size limit and a compression-ratio check.
 */
public final class ArchiveWalker implements Closeable {
    /** One entry as the archive lists it. */
    public record Entry(String name, boolean directory, long declaredSize) {
    }

    /** A member's bytes, or why they were not read. */
    public record Member(byte[] bytes, long bytesRead, long compressedBytes, Status status) {
    }

    public enum Status { OK, TOO_LARGE, BOMB }

    private final CountingInputStream counted;
    private final ArchiveInputStream<? extends ArchiveEntry> archive;
    private ArchiveEntry current;

    private ArchiveWalker(CountingInputStream counted, ArchiveInputStream<? extends ArchiveEntry> archive) {
        this.counted = counted;
        this.archive = archive;
    }

    /** Opens {@code raw} as the archive kind its {@code name} says (zip, tar, tar.gz/tgz). */
    public static ArchiveWalker open(InputStream raw, String name) throws IOException {
        String n = name.toLowerCase(Locale.ROOT);
        CountingInputStream counted = new CountingInputStream(raw);
        if (n.endsWith(".zip")) {
            return new ArchiveWalker(counted, new ZipArchiveInputStream(counted, "UTF-8", true, true));
        }
        InputStream tar = n.endsWith(".tar") ? counted : new GzipCompressorInputStream(counted, true);
        return new ArchiveWalker(counted, new TarArchiveInputStream(tar));
    }

    /** The next entry, or null at the end. */
    public Entry next() throws IOException {
        current = archive.getNextEntry();
        if (current == null) {
            return null;
        }
        return new Entry(current.getName(), current.isDirectory(), current.getSize());
    }

    /** Whether the current entry's data can be read (zip: a supported method, not encrypted). */
    public boolean canRead() {
        if (current instanceof ZipArchiveEntry zip) {
            return ((ZipArchiveInputStream) archive).canReadEntryData(zip);
        }
        return true;
    }

    /**
     * Reads the current member: at most {@code maxBytes}; when more is found, stops with TOO_LARGE, or
     * with BOMB if the bytes out per compressed byte in exceed {@code maxRatio} once {@code minCheck} bytes
     * are out (checked every 64 KiB, so a bomb costs at most one chunk past the point it shows).
     */
    public Member read(long maxBytes, double maxRatio, long minCheck) throws IOException {
        long compressedAtStart = counted.count();
        // Read-ahead can consume a small member's compressed bytes before it starts; a zip entry's declared
        // compressed size (when the header has it) is the better measure then. A lie there only raises the
        // ratio's denominator, and the size limits still hold.
        long declared = current instanceof ZipArchiveEntry zip ? zip.getCompressedSize() : -1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 << 10];
        long total = 0;
        int n;
        while ((n = archive.read(buf)) > 0) {
            total += n;
            long compressed = Math.max(Math.max(1, declared), counted.count() - compressedAtStart);
            if (total >= minCheck && total / (double) compressed > maxRatio) {
                return new Member(null, total, compressed, Status.BOMB);
            }
            if (total > maxBytes) {
                return new Member(null, total, compressed, Status.TOO_LARGE);
            }
            out.write(buf, 0, n);
        }
        return new Member(out.toByteArray(), total,
                Math.max(Math.max(1, declared), counted.count() - compressedAtStart), Status.OK);
    }

    /** Compressed bytes consumed so far. */
    public long compressedOffset() {
        return counted.count();
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }

    /** Counts the bytes read through it. */
    static final class CountingInputStream extends FilterInputStream {
        private long count;
        private long mark;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += Math.max(0, s);
            return s;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            mark = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = mark;
        }
    }
}
