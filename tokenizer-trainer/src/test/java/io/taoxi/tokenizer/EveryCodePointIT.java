package io.taoxi.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every code point of planes 0–3 and 14, in contexts that expose its pre-tokenizer class (letter, number,
 * space, other) and NFC behaviour, encodes as in Hugging Face. Failures list the code points, which is how
 * {@link CodePointClass#PATCHES} is regenerated after a Unicode upgrade on either side.
 */
class EveryCodePointIT {

    static String context(int cp) {
        String c = new String(Character.toChars(cp));
        return "a" + c + "b " + c + c + "1" + c + "' " + c + "\n";
    }

    @Test
    void everyCodePointAsInHuggingFace() {
        Tokenizer ours = TestTokenizers.ours("qwen3");
        HuggingFaceTokenizer hf = TestTokenizers.hf("qwen3");
        List<Integer> bad = new ArrayList<>();
        int[][] ranges = {{0, 0xD7FF}, {0xE000, 0x3FFFF}, {0xE0000, 0xE0FFF}};
        for (int[] range : ranges) {
            for (int start = range[0]; start <= range[1]; start += 512) {
                int end = Math.min(range[1], start + 511);
                StringBuilder b = new StringBuilder();
                for (int cp = start; cp <= end; cp++) {
                    if (com.ibm.icu.lang.UCharacter.getType(cp) != com.ibm.icu.lang.UCharacterCategory.UNASSIGNED) {
                        b.append(context(cp));
                    }
                }
                String s = b.toString();
                if (!Arrays.equals(ours.encode(s), TestTokenizers.hfIds(hf, s))) {
                    for (int cp = start; cp <= end; cp++) {
                        String one = context(cp);
                        if (!Arrays.equals(ours.encode(one), TestTokenizers.hfIds(hf, one))) {
                            bad.add(cp);
                        }
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        for (int cp : bad) {
            report.append(String.format("U+%04X %s type=%d%n", cp, Character.getName(cp), Character.getType(cp)));
        }
        assertEquals("", report.toString(), bad.size() + " code points differ");
    }

    /** Every canonically decomposable code point, decomposed and composed, normalizes (NFC) as in HF. */
    @Test
    void everyCanonicalCompositionAsInHuggingFace() {
        Tokenizer ours = TestTokenizers.ours("qwen3");
        HuggingFaceTokenizer hf = TestTokenizers.hf("qwen3");
        com.ibm.icu.text.Normalizer2 nfd = com.ibm.icu.text.Normalizer2.getNFDInstance();
        List<String> bad = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        List<Integer> chunk = new ArrayList<>();
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            String c = new String(Character.toChars(cp));
            String d = nfd.normalize(c);
            if (d.equals(c)) {
                continue;
            }
            chunk.add(cp);
            b.append('x').append(d).append(' ').append(c).append(d).append('\u0301').append("y ");
            if (chunk.size() == 256 || cp == 0x10FFFF) {
                if (!Arrays.equals(ours.encode(b.toString()), TestTokenizers.hfIds(hf, b.toString()))) {
                    bad.add(String.format("U+%04X..U+%04X", chunk.get(0), chunk.get(chunk.size() - 1)));
                }
                b.setLength(0);
                chunk.clear();
            }
        }
        if (b.length() > 0 && !Arrays.equals(ours.encode(b.toString()), TestTokenizers.hfIds(hf, b.toString()))) {
            bad.add(String.format("U+%04X..", chunk.get(0)));
        }
        assertEquals(List.of(), bad);
    }

    /** Every combining mark (canonical combining class > 0) reorders against U+0334 and U+0301 as in HF. */
    @Test
    void everyCombiningClassAsInHuggingFace() {
        Tokenizer ours = TestTokenizers.ours("qwen3");
        HuggingFaceTokenizer hf = TestTokenizers.hf("qwen3");
        List<String> bad = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int first = -1;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            boolean mark = (cp < 0xD800 || cp > 0xDFFF) && com.ibm.icu.lang.UCharacter.getCombiningClass(cp) > 0;
            if (mark) {
                String c = new String(Character.toChars(cp));
                first = first < 0 ? cp : first;
                b.append('a').append(c).append('\u0334').append(' ').append('e').append('\u0301').append(c).append(" x");
            }
            if (b.length() > 4000 || (cp == 0x10FFFF && b.length() > 0)) {
                String s = b.toString();
                if (!Arrays.equals(ours.encode(s), TestTokenizers.hfIds(hf, s))) {
                    for (int k = first; k <= cp; k++) {
                        if ((k < 0xD800 || k > 0xDFFF) && com.ibm.icu.lang.UCharacter.getCombiningClass(k) > 0) {
                            String c = new String(Character.toChars(k));
                            String one = "a" + c + "\u0334 e\u0301" + c + " x";
                            if (!Arrays.equals(ours.encode(one), TestTokenizers.hfIds(hf, one))) {
                                bad.add(String.format("U+%04X ccc=%d age=%s", k, com.ibm.icu.lang.UCharacter.getCombiningClass(k),
                                        com.ibm.icu.lang.UCharacter.getAge(k)));
                            }
                        }
                    }
                }
                b.setLength(0);
                first = -1;
            }
        }
        assertEquals(List.of(), bad);
    }
}
