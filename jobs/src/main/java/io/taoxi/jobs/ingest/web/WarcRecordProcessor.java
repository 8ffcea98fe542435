package io.taoxi.jobs.ingest.web;

import io.taoxi.filters.charset.DecodedText;
import io.taoxi.filters.charset.TextDecoder;
import io.taoxi.filters.html.Extraction;
import io.taoxi.filters.html.MainTextExtractor;
import io.taoxi.jobs.ingest.DocumentIds;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.IngestRow.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Turns one framed WARC record into one {@link IngestRow}. jwarc parses the WARC header and the HTTP
 * message (chunked transfer coding, gzip/deflate/br content coding); charset detection and main-text
 * extraction are the pure operators of {@code filters/}.
 *
 * <p>Dropped (decisions, with reason): {@code warc_warcinfo_record}, {@code warc_request_record},
 * {@code warc_metadata_record}, {@code warc_revisit_record}, {@code warc_continuation_record},
 * {@code warc_unknown_type}, {@code warc_metadata_resource} (wget's log and arguments),
 * {@code http_status_NNN} (any status but 200), {@code unsupported_content_type}, {@code record_too_large},
 * {@code empty_text}. Quarantined (could not be processed): {@code bad_warc_header},
 * {@code block_digest_mismatch}, {@code http_parse_error}, {@code content_decoding_error}.
 */
public final class WarcRecordProcessor {
    private static final byte[] SEPARATOR = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final String source;
    private final String sourceFile;
    private final boolean verifyDigests;
    private final long maxDecodedBytes;
    private final MainTextExtractor extractor;

    public WarcRecordProcessor(String source, String sourceFile, boolean verifyDigests, long maxDecodedBytes,
            MainTextExtractor extractor) {
        this.source = source;
        this.sourceFile = sourceFile;
        this.verifyDigests = verifyDigests;
        this.maxDecodedBytes = maxDecodedBytes;
        this.extractor = extractor;
    }

    /** The row for a frame. Never throws for bad data: failures become quarantined rows. */
    public IngestRow process(WarcFramer.Frame frame) {
        if (frame instanceof WarcFramer.Frame.Damage damage) {
            return IngestRow.quarantined(source, sourceFile, damage.offset(), damage.innerOffset(), null,
                    damage.bytes(), damage.reason(), CorruptInputException.class.getName(), damage.message());
        }
        WarcFramer.Frame.Record record = (WarcFramer.Frame.Record) frame;
        try {
            return processRecord(record);
        } catch (IOException | RuntimeException e) {
            return IngestRow.quarantined(source, sourceFile, record.offset(), record.innerOffset(), null,
                    record.bytes(), "bad_warc_header", e.getClass().getName(),
                    "record at offset " + record.offset() + ": " + e.getMessage());
        }
    }

    private IngestRow processRecord(WarcFramer.Frame.Record frame) throws IOException {
        byte[] block = frame.block() == null ? new byte[0] : frame.block();
        byte[] bytes = new byte[frame.header().length + block.length + SEPARATOR.length];
        System.arraycopy(frame.header(), 0, bytes, 0, frame.header().length);
        System.arraycopy(block, 0, bytes, frame.header().length, block.length);
        System.arraycopy(SEPARATOR, 0, bytes, frame.header().length + block.length, SEPARATOR.length);
        if (frame.blockSkipped()) {
            // Only the header is needed to describe it; give jwarc a zero-length block.
            bytes = withZeroContentLength(frame.header());
        }
        WarcRecord record;
        // jwarc reads from a buffer that already holds the whole record (no stream adapter, no 8 KiB buffer
        // and copy per record); the channel behind it is empty.
        try (WarcReader reader = new WarcReader(new EndOfInput(), ByteBuffer.wrap(bytes))) {
            reader.setLenient(true);
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                return quarantine(frame, null, "bad_warc_header", new IOException("no record in the framed bytes"));
            }
            record = next.get();
            IngestRow row = classify(frame, record, block);
            return row.withExternalId(recordId(record));
        }
    }

    /** WARC-Record-ID without its angle brackets ({@code urn:uuid:…}); null when absent or unreadable. */
    private static String recordId(WarcRecord record) {
        try {
            return record.headers().first("WARC-Record-ID")
                    .map(v -> v.strip().replaceFirst("^<", "").replaceFirst(">$", "")).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private IngestRow classify(WarcFramer.Frame.Record frame, WarcRecord record, byte[] block) throws IOException {
        String url = record instanceof WarcTargetRecord target ? cleanTarget(target.target()) : null;
        Instant date = safeDate(record);
        String type = record.type() == null ? "" : record.type().toLowerCase(Locale.ROOT);
        IngestRow base = new IngestRow(DocumentIds.of(source, sourceFile, frame.offset(), frame.innerOffset()),
                source, sourceFile, frame.offset(), frame.innerOffset(), url, date, null, null, null, null, null,
                null, null, frame.bytes(), Outcome.KEPT, null, null, null, null, null);
        if (frame.blockSkipped()) {
            return base.withOutcome(Outcome.DROPPED, "record_too_large");
        }
        if (verifyDigests) {
            Optional<WarcDigest> declared = record.blockDigest();
            if (declared.isPresent() && !digestMatches(declared.get(), block)) {
                return quarantine(frame, url, "block_digest_mismatch",
                        new IOException("WARC-Block-Digest " + declared.get().raw() + " does not match the block"));
            }
        }
        switch (type) {
            case "warcinfo":
                return base.withOutcome(Outcome.DROPPED, "warc_warcinfo_record");
            case "request":
                return base.withOutcome(Outcome.DROPPED, "warc_request_record");
            case "metadata":
                return base.withOutcome(Outcome.DROPPED, "warc_metadata_record");
            case "revisit":
                return base.withOutcome(Outcome.DROPPED, "warc_revisit_record");
            case "continuation":
                return base.withOutcome(Outcome.DROPPED, "warc_continuation_record");
            case "response":
                return response(frame, (WarcResponse) record, base);
            case "resource":
                return resource((WarcResource) record, base, url);
            case "conversion":
                return conversion((WarcConversion) record, base);
            default:
                return base.withOutcome(Outcome.DROPPED, "warc_unknown_type");
        }
    }

    private IngestRow response(WarcFramer.Frame.Record frame, WarcResponse record, IngestRow base) {
        MediaType warcType = record.contentType();
        if (warcType == null || !"application".equals(warcType.type()) || !"http".equals(warcType.subtype())) {
            // A non-HTTP response (gemini, dns, …): not a web document.
            return base.withOutcome(Outcome.DROPPED, "unsupported_content_type");
        }
        HttpResponse http;
        try {
            http = record.http();
        } catch (IOException | RuntimeException e) {
            return quarantine(frame, base.url(), "http_parse_error", e);
        }
        int status = http.status();
        String contentTypeHeader = http.headers().first("Content-Type").orElse(null);
        String mediaType = baseMediaType(contentTypeHeader);
        IngestRow withHttp = with(base, mediaType, status);
        if (status != 200) {
            return withHttp.withOutcome(Outcome.DROPPED, "http_status_" + status);
        }
        if (!isText(mediaType)) {
            return withHttp.withOutcome(Outcome.DROPPED, "unsupported_content_type");
        }
        byte[] payload;
        try {
            payload = decodedPayload(http);
        } catch (IOException | RuntimeException e) {
            return quarantine(frame, base.url(), "content_decoding_error", e);
        }
        if (payload == null) {
            return withHttp.withOutcome(Outcome.DROPPED, "record_too_large");
        }
        return document(withHttp, payload, contentTypeHeader, mediaType);
    }

    private IngestRow resource(WarcResource record, IngestRow base, String url) throws IOException {
        if (url != null && url.startsWith("metadata:")) {
            return base.withOutcome(Outcome.DROPPED, "warc_metadata_resource");
        }
        MediaType type = record.contentType();
        String header = type == null ? null : type.toString();
        String mediaType = baseMediaType(header);
        IngestRow withType = with(base, mediaType, null);
        if (!isText(mediaType)) {
            return withType.withOutcome(Outcome.DROPPED, "unsupported_content_type");
        }
        byte[] payload = readBounded(record.body());
        if (payload == null) {
            return withType.withOutcome(Outcome.DROPPED, "record_too_large");
        }
        return document(withType, payload, header, mediaType);
    }

    private IngestRow conversion(WarcConversion record, IngestRow base) throws IOException {
        byte[] payload = readBounded(record.body());
        IngestRow withType = with(base, "text/plain", null);
        if (payload == null) {
            return withType.withOutcome(Outcome.DROPPED, "record_too_large");
        }
        // WET conversion records are UTF-8 by definition.
        return document(withType, payload, "text/plain; charset=UTF-8", "text/plain");
    }

    private IngestRow document(IngestRow row, byte[] payload, String contentTypeHeader, String mediaType) {
        boolean html = mediaType.contains("html");
        DecodedText decoded = TextDecoder.decode(payload, contentTypeHeader, html);
        String title = null;
        String text;
        if (html) {
            Extraction extraction = extractor.extract(decoded.text(), row.url());
            title = extraction.title();
            text = extraction.text();
        } else {
            text = plainText(decoded.text());
        }
        IngestRow doc = new IngestRow(row.id(), row.source(), row.sourceFile(), row.sourceOffset(),
                row.sourceInnerOffset(), row.url(), row.fetchTime(), row.contentType(), row.httpStatus(),
                decoded.charset(), decoded.charsetSource(), decoded.mojibakeRatio(), title, text, row.recordBytes(),
                Outcome.KEPT, null, null, null, null, null);
        if (text == null || text.isBlank()) {
            return doc.withOutcome(Outcome.DROPPED, "empty_text");
        }
        return doc;
    }

    /** NFC, LF line ends, no trailing spaces, at most one blank line in a row. */
    static String plainText(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(nfc.length());
        int blank = 0;
        for (String line : nfc.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(trimmed);
            blank = 0;
        }
        return out.toString();
    }

    private static IngestRow with(IngestRow row, String mediaType, Integer status) {
        return new IngestRow(row.id(), row.source(), row.sourceFile(), row.sourceOffset(), row.sourceInnerOffset(),
                row.url(), row.fetchTime(), mediaType, status, null, null, null, null, null, row.recordBytes(),
                row.outcome(), row.reason(), null, null, null, null);
    }

    private IngestRow quarantine(WarcFramer.Frame.Record frame, String url, String reason, Exception e) {
        return IngestRow.quarantined(source, sourceFile, frame.offset(), frame.innerOffset(), url, frame.bytes(),
                reason, e.getClass().getName(), "record at offset " + frame.offset()
                        + (frame.innerOffset() > 0 ? "+" + frame.innerOffset() : "") + ": " + e.getMessage());
    }

    /**
     * The payload with its content coding removed. jwarc decodes gzip and br; "deflate" is decoded here
     * because servers send both the zlib form (RFC 9110) and raw deflate: zlib is tried first.
     */
    private byte[] decodedPayload(HttpResponse http) throws IOException {
        String coding = http.headers().first("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        if (!coding.equals("deflate")) {
            return readBounded(http.bodyDecoded());
        }
        byte[] raw = readBounded(http.body());
        if (raw == null) {
            return null;
        }
        try {
            return inflate(raw, false);
        } catch (java.util.zip.DataFormatException zlibFailed) {
            try {
                return inflate(raw, true);
            } catch (java.util.zip.DataFormatException e) {
                throw new IOException("deflate body is neither zlib nor raw deflate: " + e.getMessage(), e);
            }
        }
    }

    private byte[] inflate(byte[] data, boolean raw) throws java.util.zip.DataFormatException, IOException {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(raw);
        try {
            inflater.setInput(data);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length * 4);
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    if (inflater.needsDictionary()) {
                        throw new java.util.zip.DataFormatException("needs a preset dictionary");
                    }
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > maxDecodedBytes) {
                    throw new IOException("decoded body larger than " + maxDecodedBytes + " bytes");
                }
            }
            if (!inflater.finished() && out.size() == 0) {
                throw new java.util.zip.DataFormatException("no deflate data");
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private byte[] readBounded(MessageBody body) throws IOException {
        try (InputStream in = Channels.newInputStream(body)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDecodedBytes + 1));
            return bytes.length > maxDecodedBytes ? null : bytes;
        }
    }

    static String baseMediaType(String header) {
        if (header == null || header.isBlank()) {
            return "application/octet-stream";
        }
        int semicolon = header.indexOf(';');
        String base = (semicolon >= 0 ? header.substring(0, semicolon) : header).trim().toLowerCase(Locale.ROOT);
        return base.isEmpty() ? "application/octet-stream" : base;
    }

    static boolean isText(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")
                || mediaType.equals("text/plain");
    }

    private static String cleanTarget(String target) {
        if (target == null) {
            return null;
        }
        String t = target.trim();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.isEmpty() ? null : t;
    }

    private static Instant safeDate(WarcRecord record) {
        try {
            String value = record.headers().sole("WARC-Date").get();
            Instant simple = simpleUtcInstant(value);
            return simple != null ? simple : Instant.parse(value); // what WarcRecord.date() does
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ssZ} (the form WARC writers use) read directly; null for anything else, which
     * then goes through {@link Instant#parse} (that formatter costs microseconds per record).
     */
    static Instant simpleUtcInstant(String s) {
        if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second);
    }

    /** The number written with {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Digesters by algorithm name, for this processor's thread (one per file; MessageDigest lookups are slow). */
    private final java.util.Map<String, MessageDigest> digesters = new java.util.HashMap<>();

    private boolean digestMatches(WarcDigest declared, byte[] block) {
        try {
            MessageDigest md = digesters.get(declared.algorithm());
            if (md == null) {
                md = declared.getDigester();
                digesters.put(declared.algorithm(), md);
            }
            md.reset();
            md.update(block);
            return Arrays.equals(md.digest(), declared.bytes());
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            // An algorithm this JVM does not know cannot be checked; that is not damage.
            return true;
        }
    }

    /** A channel with nothing in it: everything jwarc reads is in the buffer it was given. */
    private static final class EndOfInput implements java.nio.channels.ReadableByteChannel {
        private boolean open = true;

        @Override
        public int read(ByteBuffer dst) {
            return -1;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }

    private static byte[] withZeroContentLength(byte[] header) {
        String text = new String(header, StandardCharsets.ISO_8859_1);
        String replaced = text.replaceAll("(?im)^(content-length)\\s*:\\s*\\d+", "$1: 0");
        byte[] head = replaced.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(head, head.length + SEPARATOR.length);
        System.arraycopy(SEPARATOR, 0, out, head.length, SEPARATOR.length);
        return out;
    }

}
