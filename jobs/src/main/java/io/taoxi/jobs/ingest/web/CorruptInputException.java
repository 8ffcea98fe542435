package io.taoxi.jobs.ingest.web;

import java.io.IOException;

/**
 * The compressed layer met bytes it cannot decode. The reader quarantines what it held and calls
 * {@link WarcByteStream#recover()} to go on with the next gzip member.
 */
public final class CorruptInputException extends IOException {
    private final String reason;
    private final long offset;
    private final long skippedBytes;
    private final long innerOffset;
    private final boolean atTrailer;

    public CorruptInputException(String reason, long offset, String message, long skippedBytes) {
        this(reason, offset, 0, false, message, skippedBytes);
    }

    public CorruptInputException(String reason, long offset, long innerOffset, boolean atTrailer, String message,
            long skippedBytes) {
        super(message);
        this.reason = reason;
        this.offset = offset;
        this.innerOffset = innerOffset;
        this.atTrailer = atTrailer;
        this.skippedBytes = skippedBytes;
    }

    /** Uncompressed bytes of the damaged member decoded before the damage showed. */
    public long innerOffset() {
        return innerOffset;
    }

    /**
     * True when the member's data decoded completely and only its trailer (CRC, size) is wrong or cut: the
     * bytes already read from this member are suspect.
     */
    public boolean atTrailer() {
        return atTrailer;
    }

    /** Compressed bytes skipped over without decoding (garbage between members), 0 otherwise. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** Stable snake_case reason: {@code bad_gzip_member}, {@code truncated_record}, … */
    public String reason() {
        return reason;
    }

    /** Byte offset in the file where the damaged gzip member starts. */
    public long offset() {
        return offset;
    }
}
