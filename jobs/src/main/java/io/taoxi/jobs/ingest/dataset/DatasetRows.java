package io.taoxi.jobs.ingest.dataset;

import io.taoxi.filters.normalize.TextNormalizer;
import io.taoxi.jobs.ingest.DocumentIds;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.SourceExtras;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Infrastructure: the outcome row of one dataset row (a JSON line, a CSV record, a Parquet row) once its
 * columns are read: kept, or dropped {@code empty_text} / {@code record_too_large}. The text is stored NFC;
 * the id column, when named, becomes {@code external_id}.
 */
public final class DatasetRows {
    private DatasetRows() {
    }

    /** The columns of one dataset row; any may be null. */
    public record Columns(String text, String id, String url, String lang, String source, String title) {
    }

    /**
     * @param recordBytes the source bytes the row accounts for (its line, or its UTF-8 text for Parquet)
     * @param charset the charset the text was decoded with ({@code UTF-8} for JSON and Parquet)
     * @param charsetSource {@code default} when the format fixes it, else as {@code TextDecoder} says
     */
    public static IngestRow row(String source, String sourceFile, long offset, long innerOffset, Columns c,
            long recordBytes, long maxRecordBytes, String charset, String charsetSource, Double mojibakeRatio) {
        String text = c.text() == null ? "" : TextNormalizer.storedText(c.text());
        IngestRow.Outcome outcome = IngestRow.Outcome.KEPT;
        String reason = null;
        if (text.isBlank()) {
            outcome = IngestRow.Outcome.DROPPED;
            reason = "empty_text";
        } else if ((long) text.length() * 3 > maxRecordBytes
                && text.getBytes(StandardCharsets.UTF_8).length > maxRecordBytes) {
            outcome = IngestRow.Outcome.DROPPED;
            reason = "record_too_large";
            text = null;
        }
        IngestRow row = new IngestRow(DocumentIds.of(source, sourceFile, offset, innerOffset), source, sourceFile,
                offset, innerOffset, blankToNull(c.url()), null, "text/plain", null, charset, charsetSource,
                mojibakeRatio, blankToNull(c.title()), text, recordBytes, outcome, reason, null, null, null, null);
        String lang = blankToNull(c.lang());
        IngestRow out = lang == null ? row : row.withExtras(SourceExtras.document(null, null, null, lang));
        return blankToNull(c.id()) == null ? out : out.withExternalId(c.id());
    }

    /** A row dropped on purpose, without error columns. */
    public static IngestRow dropped(String source, String sourceFile, long offset, long innerOffset, String url,
            String title, String text, long recordBytes, String reason) {
        return new IngestRow(DocumentIds.of(source, sourceFile, offset, innerOffset), source, sourceFile, offset,
                innerOffset, url, null, null, null, null, null, null, title, text, recordBytes,
                IngestRow.Outcome.DROPPED, reason, null, null, null, null);
    }

    /** A strict UTF-8 decoder (malformed input reported, not replaced); one per reader, not thread-safe. */
    public static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The text of {@code bytes[0..length)} or null when they are not UTF-8. */
    public static String utf8OrNull(CharsetDecoder decoder, byte[] bytes, int length) {
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Index of the first byte that is not valid UTF-8 (-1 when all are), for error messages. */
    public static int firstBadUtf8(byte[] bytes, int length) {
        CharsetDecoder d = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
