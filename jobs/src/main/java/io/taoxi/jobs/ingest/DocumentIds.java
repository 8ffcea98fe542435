package io.taoxi.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Operator: the stable document id. The first 128 bits of SHA-256 over source, the file path relative to
 * the input root, the byte offset and the inner offset, so that the same input read again, on any
 * machine, in any partitioning, yields the same ids.
 *
 * <pre>
 *   of("web", "crawl-00000.warc.gz", 0, 0) → 32 lower-case hex characters, always the same
 * </pre>
 */
public final class DocumentIds {
    private DocumentIds() {
    }

    /** One digester per thread: MessageDigest.getInstance looks the provider up on every call. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    public static String of(String source, String sourceFile, long offset, long innerOffset) {
        MessageDigest sha = SHA_256.get();
        sha.reset();
        String key = source + '\n' + sourceFile + '\n' + offset + '\n' + innerOffset;
        byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

}
