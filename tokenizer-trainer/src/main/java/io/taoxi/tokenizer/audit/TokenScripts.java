package io.taoxi.tokenizer.audit;

import java.io.ByteArrayOutputStream;

/**
 * Which script each token of an encoding is counted under (an operator: pure).
 *
 * <p>The tokens' bytes are laid end to end (byte-level alphabet undone, {@code ▁} → space, byte-fallback
 * tokens → their byte), the result is read as UTF-8 code points (an invalid byte counts as one COMMON code
 * point) and attributed with {@link ScriptRuns}. A token is counted under the script of the first letter
 * it overlaps, else under the script its first code point was attributed to. So {@code "Ġworld"} after
 * Chinese is LATIN, a lone {@code "，"} is attributed to the text around it, and each of the three byte
 * tokens of a CJK character that had no token of its own is HAN. Added tokens (no bytes) take the script
 * of the token before them (COMMON at the start).
 */
public final class TokenScripts {
    private TokenScripts() {}

    /** Script per token of {@code ids}. */
    public static Script[] of(AnyTokenizer tokenizer, int[] ids, boolean code) {
        Script[] out = new Script[ids.length];
        if (code) {
            java.util.Arrays.fill(out, Script.CODE);
            return out;
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream(ids.length * 3);
        int[] start = new int[ids.length];
        int[] end = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            byte[] b = tokenizer.tokenBytes(ids[k]);
            start[k] = stream.size();
            if (b != null) {
                stream.write(b, 0, b.length);
            } else {
                start[k] = -1;
            }
            end[k] = stream.size();
        }
        byte[] bytes = stream.toByteArray();
        int[] cpOfByte = new int[bytes.length];
        int[] cps = new int[bytes.length];
        int n = 0;
        for (int p = 0; p < bytes.length; ) {
            int len = sequenceLength(bytes, p);
            int cp = len == 1 && (bytes[p] & 0x80) != 0 ? -1 : decode(bytes, p, len);
            for (int q = p; q < p + len; q++) {
                cpOfByte[q] = n;
            }
            cps[n++] = cp < 0 ? 0xFFFD : cp;
            p += len;
        }
        int[] used = java.util.Arrays.copyOf(cps, n);
        for (int i = 0; i < n; i++) {
            if (used[i] == 0xFFFD) {
                used[i] = ' '; // an invalid byte: COMMON
            }
        }
        Script[] runs = ScriptRuns.attribute(used, false);
        Script previous = Script.COMMON;
        for (int k = 0; k < ids.length; k++) {
            if (start[k] < 0 || start[k] == end[k]) {
                out[k] = previous;
                continue;
            }
            int first = cpOfByte[start[k]];
            int last = cpOfByte[end[k] - 1];
            Script s = null;
            for (int c = first; c <= last && s == null; c++) {
                if (Script.of(used[c]) != Script.COMMON) {
                    s = runs[c];
                }
            }
            out[k] = s != null ? s : runs[first];
            previous = out[k];
        }
        return out;
    }

    /** Length of the UTF-8 sequence at {@code p}: 2–4 if well formed, else 1. */
    static int sequenceLength(byte[] b, int p) {
        int lead = b[p] & 0xFF;
        int len = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1;
        if (len == 1 || p + len > b.length) {
            return 1;
        }
        for (int q = p + 1; q < p + len; q++) {
            if ((b[q] & 0xC0) != 0x80) {
                return 1;
            }
        }
        int cp = decode(b, p, len);
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return 1;
        }
        return len;
    }

    private static int decode(byte[] b, int p, int len) {
        int lead = b[p] & 0xFF;
        int cp = len == 1 ? lead : len == 2 ? lead & 0x1F : len == 3 ? lead & 0x0F : lead & 0x07;
        for (int q = p + 1; q < p + len; q++) {
            cp = (cp << 6) | (b[q] & 0x3F);
        }
        return cp;
    }

    /** Whether {@code b} is well-formed UTF-8 throughout. */
    public static boolean isWellFormed(byte[] b) {
        for (int p = 0; p < b.length; ) {
            int len = sequenceLength(b, p);
            if (len == 1 && (b[p] & 0x80) != 0) {
                return false;
            }
            p += len;
        }
        return true;
    }
}
