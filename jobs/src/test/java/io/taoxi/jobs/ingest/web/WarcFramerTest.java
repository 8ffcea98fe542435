package io.taoxi.jobs.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The framer on plain, per-record gzip and whole-file gzip WARCs, intact and damaged. */
class WarcFramerTest {
    private static final String BODY = "今天上午，市图书馆新馆正式向公众开放，馆内设有古籍修复展示区和儿童阅读空间。";

    private static List<byte[]> threeRecords() {
        List<byte[]> records = new ArrayList<>();
        records.add(WarcBytes.record("WARC/1.1", "warcinfo", null, "application/warc-fields",
                "software: taoxi-test\r\n".getBytes(StandardCharsets.US_ASCII), false));
        records.add(WarcBytes.response("https://example.cn/a.html", 200, "text/html; charset=utf-8",
                WarcBytes.page("新馆开放", BODY)));
        records.add(WarcBytes.response("https://example.cn/b.html", 200, "text/html; charset=utf-8",
                WarcBytes.page("第二篇", BODY + "读者可以在线预约座位。")));
        return records;
    }

    static List<WarcFramer.Frame> frames(byte[] file) throws IOException {
        List<WarcFramer.Frame> frames = new ArrayList<>();
        try (WarcByteStream stream = new WarcByteStream(SeekableInput.of(file))) {
            WarcFramer framer = new WarcFramer(stream, 1 << 20);
            WarcFramer.Frame f;
            while ((f = framer.next()) != null) {
                frames.add(f);
                if (frames.size() > 1000) {
                    throw new AssertionError("framer does not advance");
                }
            }
        }
        return frames;
    }

    private static List<String> kinds(List<WarcFramer.Frame> frames) {
        List<String> kinds = new ArrayList<>();
        for (WarcFramer.Frame f : frames) {
            kinds.add(f instanceof WarcFramer.Frame.Damage d ? d.reason() : "record");
        }
        return kinds;
    }

    @Test
    void plainFileOffsetsAreRecordStarts() throws IOException {
        List<byte[]> records = threeRecords();
        byte[] file = WarcBytes.concat(records);
        List<WarcFramer.Frame> frames = frames(file);
        assertEquals(List.of("record", "record", "record"), kinds(frames));
        long expected = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(expected, frames.get(i).offset());
            assertEquals(0, frames.get(i).innerOffset());
            assertEquals(records.get(i).length, frames.get(i).bytes());
            expected += records.get(i).length;
        }
    }

    @Test
    void perRecordGzipOffsetsAreMemberStarts() throws IOException {
        List<byte[]> records = threeRecords();
        List<WarcFramer.Frame> frames = frames(WarcBytes.gzipEach(records));
        assertEquals(List.of("record", "record", "record"), kinds(frames));
        long expected = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(expected, frames.get(i).offset(), "member offset of record " + i);
            assertEquals(0, frames.get(i).innerOffset());
            expected += WarcBytes.gzip(records.get(i)).length;
        }
    }

    @Test
    void wholeFileGzipUsesInnerOffsets() throws IOException {
        List<byte[]> records = threeRecords();
        List<WarcFramer.Frame> frames = frames(WarcBytes.gzip(WarcBytes.concat(records)));
        assertEquals(List.of("record", "record", "record"), kinds(frames));
        assertEquals(0, frames.get(0).innerOffset());
        assertEquals(records.get(0).length, frames.get(1).innerOffset());
        assertEquals(records.get(0).length + records.get(1).length, frames.get(2).innerOffset());
        assertTrue(frames.stream().allMatch(f -> f.offset() == 0));
    }

    @Test
    void truncatedGzipFileQuarantinesTheLastRecordOnly() throws IOException {
        byte[] file = WarcBytes.gzipEach(threeRecords());
        byte[] cut = Arrays.copyOf(file, file.length - 40);
        assertEquals(List.of("record", "record", "truncated_record"), kinds(frames(cut)));
    }

    @Test
    void truncatedPlainFile() throws IOException {
        byte[] file = WarcBytes.concat(threeRecords());
        byte[] cut = Arrays.copyOf(file, file.length - 100);
        assertEquals(List.of("record", "record", "truncated_record"), kinds(frames(cut)));
    }

    @Test
    void flippedByteInsideAGzipMemberCostsThatRecord() throws IOException {
        List<byte[]> records = threeRecords();
        byte[] file = WarcBytes.gzipEach(records);
        int secondMember = WarcBytes.gzip(records.get(0)).length;
        file[secondMember + 60] ^= 0x55;
        List<String> kinds = kinds(frames(file));
        assertEquals(3, kinds.size(), kinds.toString());
        assertEquals("record", kinds.get(0));
        assertEquals("bad_gzip_member", kinds.get(1));
        assertEquals("record", kinds.get(2));
    }

    @Test
    void garbageBetweenGzipMembers() throws IOException {
        List<byte[]> records = threeRecords();
        byte[] junk = "this is not gzip at all\n".getBytes(StandardCharsets.US_ASCII);
        byte[] file = WarcBytes.concat(List.of(WarcBytes.gzip(records.get(0)), junk, WarcBytes.gzip(records.get(1)),
                WarcBytes.gzip(records.get(2))));
        List<WarcFramer.Frame> frames = frames(file);
        assertEquals(List.of("record", "garbage_between_records", "record", "record"), kinds(frames));
        assertEquals(junk.length, frames.get(1).bytes());
    }

    @Test
    void garbageBetweenPlainRecords() throws IOException {
        List<byte[]> records = threeRecords();
        byte[] junk = "<html>stray bytes\nWARX/1.0 nope\n".getBytes(StandardCharsets.US_ASCII);
        byte[] file = WarcBytes.concat(List.of(records.get(0), junk, records.get(1), records.get(2)));
        List<WarcFramer.Frame> frames = frames(file);
        assertEquals(List.of("record", "garbage_between_records", "record", "record"), kinds(frames));
        assertEquals(junk.length, frames.get(1).bytes());
        assertEquals(records.get(0).length + junk.length, frames.get(2).offset());
    }

    @Test
    void contentLengthTooLargeOrTooSmallResynchronises() throws IOException {
        for (int delta : new int[] {-7, +9, +5000}) {
            List<byte[]> records = threeRecords();
            String rec = new String(records.get(1), StandardCharsets.ISO_8859_1);
            int declared = Integer.parseInt(rec.replaceFirst("(?s)^.*?Content-Length: (\\d+).*$", "$1"));
            records.set(1, rec.replaceFirst("Content-Length: " + declared, "Content-Length: " + (declared + delta))
                    .getBytes(StandardCharsets.ISO_8859_1));
            List<String> kinds = kinds(frames(WarcBytes.concat(records)));
            String expectLast = delta > 1000 ? "truncated_record" : "record";
            if (delta > 1000) {
                // The block swallows the rest of the file: the record is truncated, nothing after it to find.
                assertEquals(List.of("record", "truncated_record"), kinds, "delta " + delta);
            } else {
                assertEquals(List.of("record", "content_length_mismatch", expectLast), kinds, "delta " + delta);
            }
        }
    }

    @Test
    void warc018AndWarc10VersionLines() throws IOException {
        byte[] a = WarcBytes.record("WARC/0.18", "resource", "http://old.example/x.txt", "text/plain",
                "old text".getBytes(StandardCharsets.US_ASCII), false);
        byte[] b = WarcBytes.record("WARC/1.0", "resource", "http://old.example/y.txt", "text/plain",
                "newer text".getBytes(StandardCharsets.US_ASCII), false);
        assertEquals(List.of("record", "record"), kinds(frames(WarcBytes.concat(List.of(a, b)))));
    }

    @Test
    void randomDamageNeverThrowsAndAccountsForEveryByte() throws IOException {
        long seed = 20261130L;
        Random random = new Random(seed);
        byte[] clean = WarcBytes.gzipEach(threeRecords());
        byte[] plain = WarcBytes.concat(threeRecords());
        for (int round = 0; round < 300; round++) {
            byte[] base = round % 2 == 0 ? clean : plain;
            byte[] file = Arrays.copyOf(base, Math.max(1, base.length - random.nextInt(base.length / 3)));
            int flips = random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                file[random.nextInt(file.length)] ^= (byte) (1 + random.nextInt(255));
            }
            List<WarcFramer.Frame> frames = frames(file);
            assertTrue(frames.size() <= 40, "seed " + seed + " round " + round + ": too many frames " + frames.size());
        }
    }
}
