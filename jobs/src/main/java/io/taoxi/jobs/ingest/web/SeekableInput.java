package io.taoxi.jobs.ingest.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Infrastructure: a buffered, seekable byte input over a file. Readers need to seek back after a
 * corrupt record to resynchronise, so plain {@link java.io.InputStream}s are not enough.
 */
public abstract class SeekableInput implements Closeable {
    private final byte[] buffer;
    private long bufferStart;
    private int bufferLength;
    private int bufferPosition;

    protected SeekableInput(int bufferSize) {
        this.buffer = new byte[bufferSize];
    }

    /** Reads up to {@code length} bytes at absolute {@code position}; returns -1 at end of input. */
    protected abstract int readAt(long position, byte[] target, int offset, int length) throws IOException;

    public abstract long length() throws IOException;

    public final long position() {
        return bufferStart + bufferPosition;
    }

    public final void seek(long position) {
        if (position >= bufferStart && position <= bufferStart + bufferLength) {
            bufferPosition = (int) (position - bufferStart);
        } else {
            bufferStart = position;
            bufferLength = 0;
            bufferPosition = 0;
        }
    }

    private boolean fill() throws IOException {
        bufferStart += bufferPosition;
        bufferPosition = 0;
        bufferLength = 0;
        int n = readAt(bufferStart, buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        bufferLength = n;
        return true;
    }

    public final int read() throws IOException {
        if (bufferPosition >= bufferLength && !fill()) {
            return -1;
        }
        return buffer[bufferPosition++] & 0xff;
    }

    public final int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (bufferPosition >= bufferLength && !fill()) {
            return -1;
        }
        int n = Math.min(length, bufferLength - bufferPosition);
        System.arraycopy(buffer, bufferPosition, target, offset, n);
        bufferPosition += n;
        return n;
    }

    /** A local file. */
    public static SeekableInput open(Path file) throws IOException {
        RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r");
        return new SeekableInput(1 << 18) {
            @Override
            protected int readAt(long position, byte[] target, int offset, int length) throws IOException {
                raf.seek(position);
                return raf.read(target, offset, length);
            }

            @Override
            public long length() throws IOException {
                return raf.length();
            }

            @Override
            public void close() throws IOException {
                raf.close();
            }
        };
    }

    /** Any Hadoop file system (file:, hdfs:, s3a: …). */
    public static SeekableInput open(org.apache.hadoop.fs.FileSystem fs, org.apache.hadoop.fs.Path file)
            throws IOException {
        org.apache.hadoop.fs.FSDataInputStream in = fs.open(file, 1 << 18);
        long length = fs.getFileStatus(file).getLen();
        return new SeekableInput(1 << 18) {
            @Override
            protected int readAt(long position, byte[] target, int offset, int len) throws IOException {
                if (position >= length) {
                    return -1;
                }
                return in.read(position, target, offset, (int) Math.min(len, length - position));
            }

            @Override
            public long length() {
                return length;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    /** In-memory bytes (tests, small inputs). */
    public static SeekableInput of(byte[] bytes) {
        return new SeekableInput(1 << 16) {
            @Override
            protected int readAt(long position, byte[] target, int offset, int length) {
                if (position >= bytes.length) {
                    return -1;
                }
                int n = (int) Math.min(length, bytes.length - position);
                System.arraycopy(bytes, (int) position, target, offset, n);
                return n;
            }

            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void close() {
            }
        };
    }
}
