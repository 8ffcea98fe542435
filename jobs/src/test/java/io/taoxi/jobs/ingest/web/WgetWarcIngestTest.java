package io.taoxi.jobs.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.html.MainTextExtractor;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.IngestRow.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The web reader on a WARC written by real GNU Wget 1.21.3 ({@code warc/wget/make-fixture.sh}: pages in
 * UTF-8, GBK, Big5, Shift_JIS and EUC-KR served by {@code python3 -m http.server}, which sends no
 * charset) and on damaged copies of it: truncated, bytes flipped, lengths wrong. Every record ends kept,
 * dropped or quarantined and the reader's own record count agrees.
 */
class WgetWarcIngestTest {
    private static final WarcFileReader.Options OPTIONS = new WarcFileReader.Options(64L << 20, true,
            MainTextExtractor.Spec.defaults());

    private static Path fixture(String name) throws URISyntaxException {
        return Paths.get(WgetWarcIngestTest.class.getResource("/warc/wget/" + name).toURI());
    }

    static List<IngestRow> read(byte[] file) {
        List<IngestRow> rows = new ArrayList<>();
        WarcFileReader reader = new WarcFileReader("web", "wget/pages.warc.gz", () -> SeekableInput.of(file), OPTIONS);
        reader.forEachRemaining(rows::add);
        return rows;
    }

    /** The reader's summary count equals the rows it produced: nothing lost, nothing counted twice. */
    static Map<String, Integer> checkInvariant(List<IngestRow> rows, String what) {
        IngestRow summary = rows.get(rows.size() - 1);
        assertEquals(Outcome.SOURCE, summary.outcome(), what);
        List<IngestRow> outcomes = rows.subList(0, rows.size() - 1);
        assertEquals(summary.recordsFound().longValue(), outcomes.size(), what + ": in != kept + dropped + quarantined");
        Map<String, Integer> byReason = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (IngestRow r : outcomes) {
            assertTrue(r.outcome() != Outcome.SOURCE, what);
            assertTrue(ids.add(r.id()), what + ": duplicate id at offset " + r.sourceOffset());
            byReason.merge(r.outcome() == Outcome.KEPT ? "kept" : r.reason(), 1, Integer::sum);
            if (r.outcome() == Outcome.QUARANTINED) {
                assertNotNull(r.errorMessage(), what);
                assertTrue(r.sourceOffset() >= 0 && r.sourceOffset() <= file(what).length, what);
            }
        }
        return byReason;
    }

    private static byte[] cachedFile;

    private static byte[] file(String ignored) {
        return cachedFile;
    }

    @Test
    void everyPageDecodesAndEveryRecordIsAccountedFor() throws Exception {
        byte[] file = Files.readAllBytes(fixture("pages.warc.gz"));
        cachedFile = file;
        List<IngestRow> rows = read(file);
        Map<String, Integer> byReason = checkInvariant(rows, "intact");
        assertEquals(Map.of("kept", 7, "warc_request_record", 8, "http_status_404", 1, "warc_warcinfo_record", 1,
                "warc_metadata_record", 1, "warc_metadata_resource", 2), byReason);

        MainTextExtractor extractor = new MainTextExtractor(MainTextExtractor.Spec.defaults());
        Map<String, String> encodings = new HashMap<>();
        for (String line : Files.readAllLines(fixture("pages/manifest.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                encodings.put(f[0], f[1]);
            }
        }
        int checked = 0;
        for (IngestRow row : rows) {
            if (row.outcome() != Outcome.KEPT) {
                continue;
            }
            String name = row.url().substring(row.url().lastIndexOf('/') + 1);
            if (name.isEmpty()) {
                name = "index.html";
            }
            String encoding = encodings.get(name);
            assertNotNull(encoding, row.url());
            String original = new String(Files.readAllBytes(fixture("pages/" + name)), Charset.forName(encoding));
            String expected = extractor.extract(original, row.url()).text();
            assertEquals(expected, row.text(), row.url() + " decoded as " + row.charset());
            assertTrue(row.mojibakeRatio() == 0.0, row.url());
            assertTrue(row.url().startsWith("http://127.0.0.1:"), "wget's <…>-wrapped URI unwrapped: " + row.url());
            checked++;
        }
        assertEquals(7, checked);
    }

    @Test
    void truncatedCopiesLoseOnlyTheCutRecord() throws Exception {
        byte[] file = Files.readAllBytes(fixture("pages.warc.gz"));
        cachedFile = file;
        List<IngestRow> intact = read(file);
        for (int cut = 1; cut < file.length; cut += 97) {
            byte[] truncated = Arrays.copyOf(file, cut);
            cachedFile = truncated;
            List<IngestRow> rows = read(truncated);
            checkInvariant(rows, "cut at " + cut);
            // Every record that ends before the cut is read exactly as in the intact file.
            for (IngestRow r : rows) {
                if (r.outcome() == Outcome.KEPT) {
                    assertTrue(intact.stream().anyMatch(i -> i.id().equals(r.id()) && i.text().equals(r.text())),
                            "cut at " + cut);
                }
            }
            long quarantined = rows.stream().filter(r -> r.outcome() == Outcome.QUARANTINED).count();
            assertTrue(quarantined <= 1, "cut at " + cut + ": " + quarantined + " quarantined");
        }
    }

    @Test
    void flippedBytesAreQuarantinedWithTheirLocation() throws Exception {
        byte[] file = Files.readAllBytes(fixture("pages.warc.gz"));
        long seed = Long.getLong("taoxi.test.seed", 20261130L);
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            byte[] damaged = file.clone();
            int flips = 1 + random.nextInt(3);
            for (int i = 0; i < flips; i++) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            }
            cachedFile = damaged;
            checkInvariant(read(damaged), "seed " + seed + " round " + round);
        }
    }

    @Test
    void wrongContentLengthsInAnUncompressedCopy() throws Exception {
        byte[] plain;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(fixture("pages.warc.gz")))) {
            plain = in.readAllBytes();
        }
        String text = new String(plain, StandardCharsets.ISO_8859_1);
        List<Integer> starts = new ArrayList<>();
        for (int at = text.indexOf("WARC/1.0\r\n"); at >= 0; at = text.indexOf("WARC/1.0\r\n", at + 1)) {
            starts.add(at);
        }
        assertEquals(20, starts.size());
        cachedFile = plain;
        assertEquals(Map.of("kept", 7, "warc_request_record", 8, "http_status_404", 1, "warc_warcinfo_record", 1,
                "warc_metadata_record", 1, "warc_metadata_resource", 2), checkInvariant(read(plain), "plain"));
        for (int delta : new int[] {-50, -1, 1, 3, 200}) {
            for (int recordIndex : new int[] {2, 5, 11}) {
                int start = starts.get(recordIndex);
                int lengthAt = text.indexOf("Content-Length: ", start) + "Content-Length: ".length();
                int lengthEnd = text.indexOf("\r\n", lengthAt);
                long declared = Long.parseLong(text.substring(lengthAt, lengthEnd));
                String changed = text.substring(0, lengthAt) + (declared + delta) + text.substring(lengthEnd);
                byte[] damaged = changed.getBytes(StandardCharsets.ISO_8859_1);
                cachedFile = damaged;
                List<IngestRow> rows = read(damaged);
                Map<String, Integer> byReason = checkInvariant(rows, "record " + recordIndex + " delta " + delta);
                assertEquals(1, byReason.getOrDefault("content_length_mismatch", 0),
                        "record " + recordIndex + " delta " + delta + ": " + byReason);
                // Only the damaged record is lost: the others are all still there.
                assertEquals(19, rows.size() - 2, "record " + recordIndex + " delta " + delta + ": " + byReason);
            }
        }
        // The same damage inside a gzip-per-record copy.
        ByteArrayOutputStream perRecord = new ByteArrayOutputStream();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : plain.length;
            byte[] record = Arrays.copyOfRange(plain, starts.get(i), end);
            if (i == 5) {
                String r = new String(record, StandardCharsets.ISO_8859_1);
                int at = r.indexOf("Content-Length: ") + "Content-Length: ".length();
                int stop = r.indexOf("\r\n", at);
                record = (r.substring(0, at) + (Long.parseLong(r.substring(at, stop)) + 2) + r.substring(stop))
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            perRecord.writeBytes(WarcBytes.gzip(record));
        }
        cachedFile = perRecord.toByteArray();
        Map<String, Integer> byReason = checkInvariant(read(perRecord.toByteArray()), "gzip per record");
        assertEquals(1, byReason.get("content_length_mismatch"), byReason.toString());
    }
}
