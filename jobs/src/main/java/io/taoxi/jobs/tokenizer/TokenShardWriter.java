package io.taoxi.jobs.tokenizer;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Infrastructure: writes one token shard in the Megatron-LM / NeMo indexed-dataset format ("MMIDIDX"):
 * {@code PREFIX.bin} holds the token ids of every document back to back, {@code PREFIX.idx} the header,
 * the length and byte offset of every sequence and the document index. One document is one sequence
 * (what Megatron's {@code preprocess_data.py} writes without {@code --split-sentences}); the caller
 * appends the end-of-document token itself. The exact layout is in docs/tokenizer.md, "Token shards".
 *
 * <pre>
 * try (TokenShardWriter w = TokenShardWriter.create(Path.of("out/part-00000"), TokenDtype.UINT16)) {
 *     w.addDocument(new int[] {15, 27, 0}, 3);          // → part-00000.bin (6 bytes) + part-00000.idx
 * }
 * </pre>
 *
 * The {@code .bin} is streamed; the sequence lengths stay in memory (4 bytes per document) until
 * {@link #close()} writes the {@code .idx}. Not thread-safe. Limits of the format: a document holds at
 * most 2^31 − 1 tokens (lengths are int32).
 */
public final class TokenShardWriter implements Closeable {
    /** The 9 bytes every {@code .idx} starts with. */
    static final byte[] MAGIC = "MMIDIDX\0\0".getBytes(StandardCharsets.US_ASCII);
    /** The index version Megatron reads ({@code 1}). */
    static final long VERSION = 1;
    /** Bytes before the per-sequence arrays: magic 9 + version 8 + dtype 1 + sequence count 8 + document count 8. */
    static final int HEADER_BYTES = 34;

    /** Opens the {@code .idx} stream once the {@code .bin} is complete. */
    @FunctionalInterface
    public interface IndexSink {
        OutputStream open() throws IOException;
    }

    private final OutputStream bin;
    private final IndexSink index;
    private final TokenDtype dtype;
    private final int maxId;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private int[] lengths = new int[1024];
    private int documents;
    private long tokens;
    private boolean closed;

    /**
     * @param bin   where the token ids go (closed by {@link #close()})
     * @param index opened by {@link #close()} for the {@code .idx}, after the {@code .bin} is closed
     */
    public TokenShardWriter(OutputStream bin, IndexSink index, TokenDtype dtype) {
        this.bin = bin;
        this.index = index;
        this.dtype = dtype;
        this.maxId = dtype == TokenDtype.UINT16 ? 0xFFFF : Integer.MAX_VALUE;
    }

    /** Writes {@code prefix.bin} and {@code prefix.idx} on the local file system. */
    public static TokenShardWriter create(Path prefix, TokenDtype dtype) throws IOException {
        Path bin = binPath(prefix);
        Path idx = idxPath(prefix);
        if (prefix.getParent() != null) {
            Files.createDirectories(prefix.getParent());
        }
        return new TokenShardWriter(new BufferedOutputStream(Files.newOutputStream(bin), 1 << 16),
                () -> new BufferedOutputStream(Files.newOutputStream(idx), 1 << 16), dtype);
    }

    static Path binPath(Path prefix) {
        return prefix.resolveSibling(prefix.getFileName() + ".bin");
    }

    static Path idxPath(Path prefix) {
        return prefix.resolveSibling(prefix.getFileName() + ".idx");
    }

    /** Appends one document: {@code ids[0, length)} (the end-of-document token included by the caller). */
    public void addDocument(int[] ids, int length) throws IOException {
        if (closed) {
            throw new IllegalStateException("token shard writer is closed");
        }
        if (length < 0 || length > ids.length) {
            throw new IllegalArgumentException("length " + length + " outside 0.." + ids.length);
        }
        for (int i = 0; i < length; i++) {
            int id = ids[i];
            if (id < 0 || id > maxId) {
                throw new IllegalArgumentException("token id " + id + " does not fit " + dtype.numpyName()
                        + " (document " + documents + ", position " + i + ")");
            }
            if (buffer.remaining() < 4) {
                flushBuffer();
            }
            if (dtype == TokenDtype.UINT16) {
                buffer.putShort((short) id);
            } else {
                buffer.putInt(id);
            }
        }
        if (documents == lengths.length) {
            lengths = Arrays.copyOf(lengths, lengths.length * 2);
        }
        lengths[documents++] = length;
        tokens += length;
    }

    public int documents() {
        return documents;
    }

    public long tokens() {
        return tokens;
    }

    public TokenDtype dtype() {
        return dtype;
    }

    private void flushBuffer() throws IOException {
        bin.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    /** Closes the {@code .bin} and writes the {@code .idx}. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (OutputStream b = bin) {
            flushBuffer();
        }
        try (OutputStream out = index.open()) {
            writeIndex(out, dtype, lengths, documents);
        }
    }

    /** The {@code .idx} for {@code count} documents of one sequence each. */
    static void writeIndex(OutputStream out, TokenDtype dtype, int[] lengths, int count) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC);
        header.putLong(VERSION);
        header.put((byte) dtype.code());
        header.putLong(count);           // sequences
        header.putLong(count + 1L);      // entries of the document index (documents + 1)
        out.write(header.array());
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {      // sequence lengths, int32
            if (chunk.remaining() < 4) {
                drain(out, chunk);
            }
            chunk.putInt(lengths[i]);
        }
        long pointer = 0;
        for (int i = 0; i < count; i++) {      // sequence byte offsets into .bin, int64
            if (chunk.remaining() < 8) {
                drain(out, chunk);
            }
            chunk.putLong(pointer);
            pointer += (long) lengths[i] * dtype.bytes();
        }
        for (long d = 0; d <= count; d++) {    // document index: sequence i starts document i; then the count
            if (chunk.remaining() < 8) {
                drain(out, chunk);
            }
            chunk.putLong(d);
        }
        drain(out, chunk);
    }

    private static void drain(OutputStream out, ByteBuffer chunk) throws IOException {
        out.write(chunk.array(), 0, chunk.position());
        chunk.clear();
    }

    /** {@link #addDocument} for callers that cannot throw {@link IOException}. */
    public void addDocumentUnchecked(int[] ids, int length) {
        try {
            addDocument(ids, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
