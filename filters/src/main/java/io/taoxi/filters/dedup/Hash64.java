package io.taoxi.filters.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Operator helpers: the 64-bit hashes dedup is built on. Pure and deterministic on every JVM (no
 * {@code String.hashCode}, no seeds from the clock).
 *
 * <ul>
 *   <li>{@link #mix} is the MurmurHash3 64-bit finaliser ("fmix64"): a bijection on longs with full
 *       avalanche, used to spread code points, words and shingles over 64 bits.</li>
 *   <li>{@link #ofString} is FNV-1a over UTF-16 code units followed by {@link #mix}; fast, not
 *       cryptographic. Used for word and token units and paragraph keys.</li>
 *   <li>{@link #uid64} turns a document id into the 64-bit node id of connected components: the first 16
 *       hex digits of a 32-hex-digit Taoxi id (already SHA-256 output), otherwise the first 8 bytes of
 *       SHA-256 over the id's UTF-8 bytes.</li>
 * </ul>
 * Known weakness: 64 bits collide by the birthday bound (about 2.7 expected collisions among 10^10 ids);
 * docs/dedup.md says what a collision does.
 */
public final class Hash64 {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {
    }

    /** MurmurHash3's 64-bit finaliser. {@code mix(0) == 0}; callers add a salt where 0 can occur. */
    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53ec6a5L;
        k ^= k >>> 33;
        return k;
    }

    /** FNV-1a over the UTF-16 units of {@code s[from, to)}, then {@link #mix}. */
    public static long ofString(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    public static long ofString(CharSequence s) {
        return ofString(s, 0, s.length());
    }

    /** 64-bit node id of a document id (see the class comment). */
    public static long uid64(String id) {
        if (id.length() == 32 && isHex(id)) {
            return Long.parseUnsignedLong(id.substring(0, 16), 16);
        }
        byte[] d = sha256(id.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xff);
        }
        return v;
    }

    /** The first 128 bits of SHA-256 of {@code s}'s UTF-8 bytes as 32 lower-case hex digits. */
    public static String sha256Hex128(String s) {
        byte[] d = sha256(s.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(d, 0, 16);
    }

    /** {@code v} as 16 lower-case hex digits (unsigned). */
    public static String hex(long v) {
        return java.util.HexFormat.of().toHexDigits(v);
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
