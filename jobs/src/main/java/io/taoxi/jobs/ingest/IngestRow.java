package io.taoxi.jobs.ingest;

import java.io.Serializable;
import java.time.Instant;

/**
 * Record: one outcome of a reader. Every record a reader meets becomes exactly one row: a kept document,
 * a dropped one with its reason, or a quarantined one with reason, error class and message. A reader also
 * emits one {@link Outcome#SOURCE} row per input file with the number of records it found there, which is
 * the independent "in" count of the stage invariant.
 */
public record IngestRow(
        String id,
        String source,
        String sourceFile,
        long sourceOffset,
        long sourceInnerOffset,
        String url,
        Instant fetchTime,
        String contentType,
        Integer httpStatus,
        String charset,
        String charsetSource,
        Double mojibakeRatio,
        String title,
        String text,
        long recordBytes,
        Outcome outcome,
        String reason,
        String errorClass,
        String errorMessage,
        Long recordsFound,
        Long readMillis,
        SourceExtras extras) implements Serializable {

    /** Compatibility constructor for sources without extra columns (web). */
    public IngestRow(String id, String source, String sourceFile, long sourceOffset, long sourceInnerOffset, String url,
            Instant fetchTime, String contentType, Integer httpStatus, String charset, String charsetSource,
            Double mojibakeRatio, String title, String text, long recordBytes, Outcome outcome, String reason,
            String errorClass, String errorMessage, Long recordsFound, Long readMillis) {
        this(id, source, sourceFile, sourceOffset, sourceInnerOffset, url, fetchTime, contentType, httpStatus, charset,
                charsetSource, mojibakeRatio, title, text, recordBytes, outcome, reason, errorClass, errorMessage,
                recordsFound, readMillis, null);
    }

    /** The same row with source-specific columns. */
    public IngestRow withExtras(SourceExtras newExtras) {
        return new IngestRow(id, source, sourceFile, sourceOffset, sourceInnerOffset, url, fetchTime, contentType,
                httpStatus, charset, charsetSource, mojibakeRatio, title, text, recordBytes, outcome, reason,
                errorClass, errorMessage, recordsFound, readMillis, newExtras);
    }

    /** The same row with the source's own id of the record ({@code external_id}); null or blank: none. */
    public IngestRow withExternalId(String externalId) {
        return withExtras((extras == null ? SourceExtras.NONE : extras).withExternalId(externalId));
    }

    /** The source's own id of the record, or null. */
    public String externalId() {
        return extras == null ? null : extras.externalId();
    }

    /** Where a row goes. */
    public enum Outcome {
        KEPT("kept"), DROPPED("dropped"), QUARANTINED("quarantined"), SOURCE("_source");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The file-level summary row. */
    public static IngestRow sourceSummary(String source, String sourceFile, long recordsFound, long bytesRead,
            long readMillis) {
        return new IngestRow(null, source, sourceFile, 0, 0, null, null, null, null, null, null, null, null, null,
                bytesRead, Outcome.SOURCE, null, null, null, recordsFound, readMillis);
    }

    /** A quarantined record: located, with reason and error. */
    public static IngestRow quarantined(String source, String sourceFile, long offset, long innerOffset, String url,
            long recordBytes, String reason, String errorClass, String errorMessage) {
        return new IngestRow(DocumentIds.of(source, sourceFile, offset, innerOffset), source, sourceFile, offset,
                innerOffset, url, null, null, null, null, null, null, null, null, recordBytes, Outcome.QUARANTINED,
                reason, errorClass, oneLine(errorMessage), null, null);
    }

    /** The same row with another outcome and reason (kept → dropped, for example). */
    public IngestRow withOutcome(Outcome newOutcome, String newReason) {
        return new IngestRow(id, source, sourceFile, sourceOffset, sourceInnerOffset, url, fetchTime, contentType,
                httpStatus, charset, charsetSource, mojibakeRatio, title, text, recordBytes, newOutcome, newReason,
                errorClass, errorMessage, recordsFound, readMillis, extras);
    }

    public int textChars() {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    static String oneLine(String message) {
        if (message == null) {
            return null;
        }
        String flat = message.replaceAll("\\s+", " ").trim();
        return flat.length() > 500 ? flat.substring(0, 500) + "…" : flat;
    }
}
