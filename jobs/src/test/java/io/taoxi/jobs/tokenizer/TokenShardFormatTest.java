package io.taoxi.jobs.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Megatron indexed-dataset layout of docs/tokenizer.md ("Token shards"), byte by byte. */
class TokenShardFormatTest {
    @TempDir
    Path dir;

    @Test
    void headerAndArraysAreTheDocumentedBytes() throws IOException {
        Path prefix = dir.resolve("s");
        try (TokenShardWriter w = TokenShardWriter.create(prefix, TokenDtype.UINT16)) {
            w.addDocument(new int[] {5, 65535, 0}, 3);
            w.addDocument(new int[] {7, 0, 99}, 2); // only the first two
        }
        byte[] idx = Files.readAllBytes(dir.resolve("s.idx"));
        ByteBuffer b = ByteBuffer.wrap(idx).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[9];
        b.get(magic);
        assertArrayEquals(new byte[] {'M', 'M', 'I', 'D', 'I', 'D', 'X', 0, 0}, magic);
        assertEquals(1L, b.getLong());              // version
        assertEquals(8, b.get());                    // uint16
        assertEquals(2L, b.getLong());               // sequences
        assertEquals(3L, b.getLong());               // document index entries
        assertEquals(3, b.getInt());                 // lengths
        assertEquals(2, b.getInt());
        assertEquals(0L, b.getLong());               // pointers (bytes)
        assertEquals(6L, b.getLong());
        assertEquals(0L, b.getLong());               // document index
        assertEquals(1L, b.getLong());
        assertEquals(2L, b.getLong());
        assertEquals(0, b.remaining());
        assertEquals(34 + 2 * 4 + 2 * 8 + 3 * 8, idx.length);
        assertArrayEquals(new byte[] {5, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 7, 0, 0, 0},
                Files.readAllBytes(dir.resolve("s.bin")));
    }

    @Test
    void int32RoundTripsAndEmptyShardIsValid() throws IOException {
        Random random = new Random(seed());
        List<int[]> docs = new ArrayList<>();
        Path prefix = dir.resolve("big");
        try (TokenShardWriter w = TokenShardWriter.create(prefix, TokenDtype.INT32)) {
            for (int d = 0; d < 3000; d++) {
                int[] ids = new int[1 + random.nextInt(40)];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = random.nextInt(151_646);
                }
                docs.add(ids);
                w.addDocument(ids, ids.length);
            }
        }
        try (TokenShardReader r = TokenShardReader.open(prefix)) {
            assertEquals(TokenDtype.INT32, r.dtype());
            assertEquals(3000, r.documentCount());
            long at = 0;
            for (int d = 0; d < docs.size(); d++) {
                assertArrayEquals(docs.get(d), r.sequence(d));
                assertEquals(at, r.sequencePointer(d));
                at += docs.get(d).length * 4L;
            }
            assertEquals(at, Files.size(dir.resolve("big.bin")));
        }
        try (TokenShardWriter w = TokenShardWriter.create(dir.resolve("empty"), TokenDtype.UINT16)) {
            assertEquals(0, w.documents());
        }
        try (TokenShardReader r = TokenShardReader.open(dir.resolve("empty"))) {
            assertEquals(0, r.documentCount());
            assertEquals(0, r.sequenceCount());
        }
    }

    @Test
    void dtypeFollowsMegatronsThreshold() {
        assertEquals(TokenDtype.UINT16, TokenDtype.forVocabSize(65_499));
        assertEquals(TokenDtype.INT32, TokenDtype.forVocabSize(65_500));
        assertEquals(TokenDtype.INT32, TokenDtype.forVocabSize(151_646));
        assertEquals(4, TokenDtype.INT32.code());
        assertEquals(8, TokenDtype.UINT16.code());
    }

    @Test
    void anIdTooLargeForTheDtypeFailsNamingIt() throws IOException {
        try (TokenShardWriter w = TokenShardWriter.create(dir.resolve("x"), TokenDtype.UINT16)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.addDocument(new int[] {1, 70_000}, 2));
            assertTrue(e.getMessage().contains("70000") && e.getMessage().contains("position 1"), e.getMessage());
        }
    }

    @Test
    void damagedIndexesFailWithTheByteOffset() throws IOException {
        Path prefix = dir.resolve("d");
        try (TokenShardWriter w = TokenShardWriter.create(prefix, TokenDtype.UINT16)) {
            w.addDocument(new int[] {1, 2}, 2);
        }
        byte[] good = Files.readAllBytes(dir.resolve("d.idx"));
        byte[] badMagic = good.clone();
        badMagic[0] = 'X';
        IOException e = assertThrows(IOException.class, () -> TokenShardReader.readIndex(badMagic, "d.idx"));
        assertTrue(e.getMessage().contains("at byte 0"), e.getMessage());
        byte[] badDtype = good.clone();
        badDtype[17] = 6;
        e = assertThrows(IOException.class, () -> TokenShardReader.readIndex(badDtype, "d.idx"));
        assertTrue(e.getMessage().contains("at byte 17"), e.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
        e = assertThrows(IOException.class, () -> TokenShardReader.readIndex(truncated, "d.idx"));
        assertTrue(e.getMessage().contains("at byte 18"), e.getMessage());
    }

    @Test
    void aPythonReaderOfTheLayoutReadsTheSameArrays() throws Exception {
        Path prefix = dir.resolve("py");
        int[][] docs = {{3, 1, 4, 1, 5}, {9}, {2, 6, 5, 3, 5, 8, 9, 7}};
        try (TokenShardWriter w = TokenShardWriter.create(prefix, TokenDtype.UINT16)) {
            for (int[] d : docs) {
                w.addDocument(d, d.length);
            }
        }
        JsonNode py = PythonReader.read(prefix, dir);
        assertEquals("uint16", py.get("dtype").asText());
        assertEquals(3, py.get("documents").asInt());
        try (TokenShardReader r = TokenShardReader.open(prefix)) {
            for (int i = 0; i < docs.length; i++) {
                assertEquals(r.sequenceLength(i), py.get("sizes").get(i).asInt());
                assertEquals(r.sequencePointer(i), py.get("pointers").get(i).asLong());
                int[] ids = new int[py.get("tokens").get(i).size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = py.get("tokens").get(i).get(k).asInt();
                }
                assertArrayEquals(docs[i], ids);
            }
            long[] docIdx = r.documentIndex();
            for (int i = 0; i < docIdx.length; i++) {
                assertEquals(docIdx[i], py.get("doc_idx").get(i).asLong());
            }
        }
    }

    static long seed() {
        long seed = Long.getLong("taoxi.seed", System.nanoTime());
        System.out.println("TokenShardFormatTest seed = " + seed + " (rerun with -Dtaoxi.seed=" + seed + ")");
        return seed;
    }
}
