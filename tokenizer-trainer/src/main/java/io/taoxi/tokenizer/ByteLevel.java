package io.taoxi.tokenizer;

import java.nio.charset.StandardCharsets;

/**
 * The byte-level alphabet of GPT-2-style BPE (infrastructure, pure tables).
 *
 * <p>Every byte 0..255 is shown as one visible code point so that tokens are printable strings: the
 * printable Latin-1 bytes {@code '!'..'~'}, {@code '¡'..'¬'} and {@code '®'..'ÿ'} stand for themselves,
 * and the other 68 bytes (controls, space, soft hyphen, …) are mapped in increasing byte order to
 * U+0100, U+0101, … . So the space byte 0x20 is {@code 'Ġ'} (U+0120) and newline 0x0A is {@code 'Ċ'}.
 *
 * <p>{@link #BYTES_IN_ORDER} lists the 256 bytes in the order the Hugging Face ByteLevel alphabet (and
 * Qwen2's vocabulary) lists them: first the 188 self-mapped bytes ascending, then the others ascending.
 */
public final class ByteLevel {
    private static final char[] BYTE_TO_CHAR = new char[256];
    private static final int[] CHAR_TO_BYTE = new int[512];
    /** The 256 byte values in byte-level vocabulary order (self-mapped first). */
    static final int[] BYTES_IN_ORDER = new int[256];

    static {
        java.util.Arrays.fill(CHAR_TO_BYTE, -1);
        int next = 0;
        int order = 0;
        for (int b = 0; b < 256; b++) {
            if (selfMapped(b)) {
                BYTE_TO_CHAR[b] = (char) b;
                BYTES_IN_ORDER[order++] = b;
            }
        }
        for (int b = 0; b < 256; b++) {
            if (!selfMapped(b)) {
                BYTE_TO_CHAR[b] = (char) (256 + next++);
                BYTES_IN_ORDER[order++] = b;
            }
        }
        for (int b = 0; b < 256; b++) {
            CHAR_TO_BYTE[BYTE_TO_CHAR[b]] = b;
        }
    }

    private ByteLevel() {}

    private static boolean selfMapped(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }

    /** The visible character that stands for byte {@code b} (0..255). */
    public static char charOf(int b) {
        return BYTE_TO_CHAR[b & 0xFF];
    }

    /** The byte a byte-level character stands for, or -1 if {@code c} is not in the alphabet. */
    public static int byteOf(char c) {
        return c < 512 ? CHAR_TO_BYTE[c] : -1;
    }

    /** Bytes → byte-level string ({@code "hi there"} → {@code "hiĠthere"}). */
    public static String encode(byte[] bytes, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = BYTE_TO_CHAR[bytes[i] & 0xFF];
        }
        return new String(out);
    }

    /** Text → UTF-8 → byte-level string. */
    public static String encode(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return encode(b, 0, b.length);
    }

    /**
     * Byte-level string → bytes; returns null if a character is outside the alphabet (such a token is
     * not a byte-level token, e.g. an added token's literal content).
     */
    public static byte[] decode(String token) {
        byte[] out = new byte[token.length()];
        for (int i = 0; i < token.length(); i++) {
            int b = byteOf(token.charAt(i));
            if (b < 0) {
                return null;
            }
            out[i] = (byte) b;
        }
        return out;
    }
}
