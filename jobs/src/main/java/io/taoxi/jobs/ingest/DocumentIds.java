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

    public static String of(String source, String sourceFile, long offset, long innerOffset) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = source + '\n' + sourceFile + '\n' + offset + '\n' + innerOffset;
            byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
