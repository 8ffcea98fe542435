package io.taoxi.jobs.tokenizer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Infrastructure: reads a Megatron-LM / NeMo indexed dataset ({@code PREFIX.idx} + {@code PREFIX.bin}),
 * the layout {@link TokenShardWriter} writes (docs/tokenizer.md, "Token shards"). The index is read whole;
 * the {@code .bin} with positional reads. Any file of that format is read, including ones with several
 * sequences per document; errors name the file and the byte offset.
 */
public final class TokenShardReader implements Closeable {
    private final Path idx;
    private final TokenDtype dtype;
    private final int[] sizes;
    private final long[] pointers;
    private final long[] documentIndex;
    private final FileChannel bin;
    private final long binBytes;

    private TokenShardReader(Path idx, TokenDtype dtype, int[] sizes, long[] pointers, long[] documentIndex,
            FileChannel bin, long binBytes) {
        this.idx = idx;
        this.dtype = dtype;
        this.sizes = sizes;
        this.pointers = pointers;
        this.documentIndex = documentIndex;
        this.bin = bin;
        this.binBytes = binBytes;
    }

    /** The parsed {@code .idx}: element type, sequence lengths and byte offsets, document index. */
    public record Index(TokenDtype dtype, int[] sizes, long[] pointers, long[] documentIndex) {
        /** Documents: entries of the document index minus one. */
        public int documentCount() {
            return documentIndex.length - 1;
        }

        /** Sum of all sequence lengths. */
        public long totalTokens() {
            long t = 0;
            for (int s : sizes) {
                t += s;
            }
            return t;
        }
    }

    /** Opens {@code prefix.idx} and {@code prefix.bin}. */
    public static TokenShardReader open(Path prefix) throws IOException {
        Path idx = TokenShardWriter.idxPath(prefix);
        Index index = readIndex(Files.readAllBytes(idx), idx.toString());
        FileChannel bin = FileChannel.open(TokenShardWriter.binPath(prefix), StandardOpenOption.READ);
        return new TokenShardReader(idx, index.dtype(), index.sizes(), index.pointers(), index.documentIndex(),
                bin, bin.size());
    }

    /**
     * Parses the bytes of an {@code .idx}; {@code name} is used in errors, which give the byte offset.
     * Checks the magic, the version, the dtype code, that the arrays fit the file, and that the document
     * index starts at 0, never decreases and ends at the sequence count. Bytes after the document index
     * (Megatron's per-sequence modes of multimodal sets) are ignored.
     */
    public static Index readIndex(byte[] bytes, String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < TokenShardWriter.HEADER_BYTES) {
            throw new IOException(name + ": " + b.remaining() + " bytes, shorter than the 34-byte header");
        }
        byte[] magic = new byte[TokenShardWriter.MAGIC.length];
        b.get(magic);
        if (!Arrays.equals(magic, TokenShardWriter.MAGIC)) {
            throw new IOException(name + " at byte 0: not an MMIDIDX index (magic " + Arrays.toString(magic) + ")");
        }
        long version = b.getLong();
        if (version != TokenShardWriter.VERSION) {
            throw new IOException(name + " at byte 9: index version " + version + " (supported: 1)");
        }
        TokenDtype dtype;
        try {
            dtype = TokenDtype.forCode(b.get() & 0xFF);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + " at byte 17: " + e.getMessage(), e);
        }
        long sequences = b.getLong();
        long documents = b.getLong();
        if (sequences < 0 || documents < 1 || sequences > Integer.MAX_VALUE || documents > Integer.MAX_VALUE
                || TokenShardWriter.HEADER_BYTES + sequences * 12 + documents * 8 > bytes.length) {
            throw new IOException(name + " at byte 18: " + sequences + " sequences and " + documents
                    + " document-index entries need " + (TokenShardWriter.HEADER_BYTES + sequences * 12 + documents * 8)
                    + " bytes; the file has " + bytes.length);
        }
        int[] sizes = new int[(int) sequences];
        b.asIntBuffer().get(sizes);
        b.position(b.position() + sizes.length * 4);
        long[] pointers = new long[(int) sequences];
        b.asLongBuffer().get(pointers);
        b.position(b.position() + pointers.length * 8);
        long[] documentIndex = new long[(int) documents];
        int docAt = b.position();
        b.asLongBuffer().get(documentIndex);
        long previous = 0;
        for (int d = 0; d < documentIndex.length; d++) {
            long v = documentIndex[d];
            if ((d == 0 && v != 0) || v < previous || v > sequences
                    || (d == documentIndex.length - 1 && v != sequences)) {
                throw new IOException(name + " at byte " + (docAt + 8L * d) + ": document index entry " + d + " = "
                        + v + " (must start at 0, never decrease and end at " + sequences + ")");
            }
            previous = v;
        }
        return new Index(dtype, sizes, pointers, documentIndex);
    }

    public TokenDtype dtype() {
        return dtype;
    }

    /** Sequences (= documents for shards Taoxi writes). */
    public int sequenceCount() {
        return sizes.length;
    }

    /** Documents: entries of the document index minus one. */
    public int documentCount() {
        return documentIndex.length - 1;
    }

    /** Tokens in sequence {@code i}. */
    public int sequenceLength(int i) {
        return sizes[i];
    }

    /** Byte offset of sequence {@code i} in the {@code .bin}. */
    public long sequencePointer(int i) {
        return pointers[i];
    }

    /** The document index (a copy): document d holds sequences {@code [index[d], index[d+1])}. */
    public long[] documentIndex() {
        return documentIndex.clone();
    }

    /** Sum of all sequence lengths. */
    public long totalTokens() {
        long t = 0;
        for (int s : sizes) {
            t += s;
        }
        return t;
    }

    /** The ids of sequence {@code i}. */
    public int[] sequence(int i) throws IOException {
        int n = sizes[i];
        long at = pointers[i];
        long bytes = (long) n * dtype.bytes();
        if (at < 0 || at + bytes > binBytes) {
            throw new IOException(idx + ": sequence " + i + " spans bytes " + at + ".." + (at + bytes)
                    + " of a .bin of " + binBytes + " bytes");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (bin.read(buf, at + buf.position()) < 0) {
                throw new IOException(idx + ": .bin ended at byte " + (at + buf.position()));
            }
        }
        buf.flip();
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = dtype == TokenDtype.UINT16 ? buf.getShort() & 0xFFFF : buf.getInt();
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        bin.close();
    }
}
