package io.taoxi.jobs.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.html.MainTextExtractor;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.IngestRow.Outcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** One record at a time through the reader: WARC versions, HTTP codings, charsets, decisions. */
class WarcRecordProcessorTest {
    private static final String TEXT = "这是一段用于测试的中文新闻正文，讲述了城市公园改造后重新开放的情况。";
    private static final String HTML = "<html><head><title>公园重新开放</title></head><body><article><p>" + TEXT
            + "</p></article></body></html>";

    private static IngestRow one(byte[] file) {
        List<IngestRow> rows = new ArrayList<>();
        new WarcFileReader("web", "t/x.warc", () -> SeekableInput.of(file),
                new WarcFileReader.Options(1 << 20, true, MainTextExtractor.Spec.defaults())).forEachRemaining(rows::add);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Outcome.SOURCE, rows.get(1).outcome());
        return rows.get(0);
    }

    private static byte[] response(String version, String httpHead, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(httpHead.getBytes(StandardCharsets.US_ASCII));
        http.writeBytes(body);
        return WarcBytes.record(version, "response", "http://site.example/p", "application/http; msgtype=response",
                http.toByteArray(), true);
    }

    @Test
    void warcVersions018And10And11() {
        for (String version : List.of("WARC/0.18", "WARC/1.0", "WARC/1.1")) {
            byte[] warc = response(version, "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n",
                    HTML.getBytes(StandardCharsets.UTF_8));
            IngestRow row = one(warc);
            assertEquals(Outcome.KEPT, row.outcome(), version);
            String head = new String(warc, StandardCharsets.ISO_8859_1);
            int at = head.indexOf("WARC-Record-ID: <") + "WARC-Record-ID: <".length();
            assertEquals(head.substring(at, head.indexOf('>', at)), row.externalId(), "WARC-Record-ID → external_id");
            assertTrue(row.externalId().startsWith("urn:uuid:"), row.externalId());
            assertTrue(row.text().contains(TEXT), version);
            assertEquals("公园重新开放", row.title());
            assertEquals(Instant.parse("2026-01-02T03:04:05Z"), row.fetchTime());
            assertEquals("text/html", row.contentType());
            assertEquals(200, row.httpStatus());
            assertEquals("http://site.example/p", row.url());
        }
    }

    @Test
    void deflateInZlibAndRawFormsAndGzip() {
        byte[] html = HTML.getBytes(StandardCharsets.UTF_8);
        for (boolean raw : new boolean[] {false, true}) {
            Deflater deflater = new Deflater(6, raw);
            deflater.setInput(html);
            deflater.finish();
            byte[] buffer = new byte[4096];
            int n = deflater.deflate(buffer);
            byte[] body = java.util.Arrays.copyOf(buffer, n);
            IngestRow row = one(response("WARC/1.1", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + "Content-Encoding: deflate\r\nContent-Length: " + body.length + "\r\n\r\n", body));
            assertEquals(Outcome.KEPT, row.outcome(), "raw=" + raw + " " + row.errorMessage());
            assertTrue(row.text().contains(TEXT));
        }
        byte[] gz = WarcBytes.gzip(html);
        IngestRow row = one(response("WARC/1.1", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: " + gz.length + "\r\n\r\n", gz));
        assertTrue(row.text().contains(TEXT));
    }

    @Test
    void brokenContentCodingIsQuarantined() {
        byte[] junk = "definitely not gzip data".getBytes(StandardCharsets.US_ASCII);
        IngestRow row = one(response("WARC/1.1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: " + junk.length + "\r\n\r\n", junk));
        assertEquals(Outcome.QUARANTINED, row.outcome());
        assertEquals("content_decoding_error", row.reason());
        assertTrue(row.errorMessage().contains("offset 0"), row.errorMessage());
    }

    @Test
    void legacyCharsetsWithoutDeclaration() {
        String big5 = "<html><body><p>颱風預計明天清晨在東部沿海登陸，請民眾提早做好防颱準備，並注意強風豪雨。</p></body></html>";
        IngestRow row = one(response("WARC/1.1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                big5.getBytes(Charset.forName("Big5"))));
        assertEquals("Big5-HKSCS", row.charset());
        assertEquals("detector", row.charsetSource());
        assertTrue(row.text().contains("颱風預計明天清晨"), row.text());
    }

    @Test
    void decisionsCarryReasons() {
        assertEquals("http_status_503", one(response("WARC/1.1",
                "HTTP/1.1 503 Busy\r\nContent-Type: text/html\r\n\r\n", new byte[0])).reason());
        assertEquals("unsupported_content_type", one(response("WARC/1.1",
                "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n", "%PDF-1.4".getBytes())).reason());
        IngestRow empty = one(response("WARC/1.1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                "<html><body><nav><a href=/>home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Outcome.DROPPED, empty.outcome());
        assertEquals("empty_text", empty.reason());
        IngestRow unknown = one(WarcBytes.record("WARC/1.1", "x-custom", "http://a/", "text/plain",
                "x".getBytes(StandardCharsets.US_ASCII), false));
        assertEquals("warc_unknown_type", unknown.reason());
        assertNull(unknown.text());
    }

    @Test
    void oversizedBlocksAreSkippedWithoutBuffering() {
        byte[] big = new byte[(1 << 20) + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        IngestRow row = one(WarcBytes.record("WARC/1.1", "resource", "http://a/big.txt", "text/plain", big, false));
        assertEquals(Outcome.DROPPED, row.outcome());
        assertEquals("record_too_large", row.reason());
        assertEquals("http://a/big.txt", row.url());
    }
}
