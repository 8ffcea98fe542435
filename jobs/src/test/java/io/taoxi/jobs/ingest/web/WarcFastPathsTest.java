package io.taoxi.jobs.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader's hand-written header parsing (done for speed) against the plain definitions it replaces. */
class WarcFastPathsTest {

    /** Content-Length as first written: split into lines, compare the trimmed name, parse the trimmed value. */
    private static long referenceContentLength(byte[] header) {
        String text = new String(header, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                try {
                    long value = Long.parseLong(line.substring(colon + 1).trim());
                    return value >= 0 ? value : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    @Test
    void contentLengthReadsHeadersAsTheLineSplitDid() {
        String[] headers = {
            "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5779\r\n\r\n",
            "WARC/1.0\nCONTENT-LENGTH:12\n\n",
            "WARC/1.1\r\n  content-length \t:  42  \r\n\r\n",
            "WARC/1.1\r\nContent-Length: -3\r\n\r\n",
            "WARC/1.1\r\nContent-Length: +7\r\n\r\n",
            "WARC/1.1\r\nContent-Length: 1e3\r\n\r\n",
            "WARC/1.1\r\nContent-Length:\r\n\r\n",
            "WARC/1.1\r\nContent-Length: 10\r\nContent-Length: 20\r\n\r\n",
            "WARC/1.1\r\nX-Content-Length: 10\r\nContent-Length: 20\r\n\r\n",
            "WARC/1.1\r\n: 10\r\nContent-Length: 3\r\r\n\r\n",
            "WARC/1.1\r\nContent-Length: 3\r\r\r\n",
            "WARC/1.1\r\nContent-Length\r\n",
            "WARC/1.1 no line end Content-Length: 5",
            "Content-Length: 99999999999999999999\r\n",
            "",
        };
        for (String header : headers) {
            byte[] bytes = header.getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(referenceContentLength(bytes), WarcFramer.contentLength(bytes), header);
        }
        Random random = new Random(11);
        String[] pieces = {"Content-Length", "content-length", "CONTENT-length", " ", "\t", ":", "\r", "\n", "\r\n",
            "12", "-1", "x", "WARC/1.1", "\u00e9", "0", "Type"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(referenceContentLength(bytes), WarcFramer.contentLength(bytes), sb.toString());
        }
    }

    private static Instant parsedOrNull(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void simpleWarcDatesReadAsInstantParseReadsThem() {
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            Instant t = Instant.ofEpochSecond(random.nextLong() % 8_000_000_000L + 4_000_000_000L);
            String s = t.toString();
            assertEquals(t, WarcRecordProcessor.simpleUtcInstant(s), s);
        }
        String[] simple = {"2026-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2000-02-29T12:00:00Z", "0001-01-01T00:00:00Z"};
        for (String s : simple) {
            assertEquals(Instant.parse(s), WarcRecordProcessor.simpleUtcInstant(s), s);
        }
        // Anything else is left to Instant.parse (null here); none of these is misread.
        String[] other = {"2026-01-01T00:00:00.5Z", "2026-01-01t00:00:00z", "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-01-32T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z",
            "2026-01-01 00:00:00Z", "2026-01-01T00:00:00+08:00", "20260101T000000Z", "２０２６-01-01T00:00:00Z", ""};
        for (String s : other) {
            assertNull(WarcRecordProcessor.simpleUtcInstant(s), s);
        }
        assertNull(parsedOrNull("2023-02-29T00:00:00Z"));
    }
}
