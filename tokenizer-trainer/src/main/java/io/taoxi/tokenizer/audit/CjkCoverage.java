package io.taoxi.tokenizer.audit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.taoxi.tokenizer.audit.AuditTables.CoverageRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Coverage of the CJK Unified Ideographs blocks (an operator: pure): for every code point with ICU's
 * Unified_Ideograph property in the block (ICU 78 = Unicode 17), how many tokens it costs inside running
 * text ({@link AnyTokenizer#tokensForCharacter}): one, or 2, 3, 4+ byte pieces; and the same weighted by how
 * often each character occurs in the audited corpus.
 */
public final class CjkCoverage {
    /** The blocks reported. */
    public enum Block {
        BASIC("CJK Unified Ideographs (U+4E00–9FFF)", 0x4E00, 0x9FFF),
        EXT_A("Extension A (U+3400–4DBF)", 0x3400, 0x4DBF),
        EXT_B_PLUS("Extensions B–J (U+20000–3FFFF)", 0x20000, 0x3FFFF);

        public final String label;
        public final int first;
        public final int last;

        Block(String label, int first, int last) {
            this.label = label;
            this.first = first;
            this.last = last;
        }

        /** The block of a code point, or null. */
        public static Block of(int cp) {
            for (Block b : values()) {
                if (cp >= b.first && cp <= b.last) {
                    return b;
                }
            }
            return null;
        }
    }

    private CjkCoverage() {}

    /** Rows per block; {@code corpusCounts} = occurrences per code point in the audited text (may be empty). */
    public static List<CoverageRow> of(String name, AnyTokenizer t, Map<Integer, Long> corpusCounts) {
        List<CoverageRow> rows = new ArrayList<>();
        for (Block b : Block.values()) {
            long chars = 0;
            long[] byTokens = new long[5];
            long occ = 0;
            long occSingle = 0;
            for (int cp = b.first; cp <= b.last; cp++) {
                if (!UCharacter.hasBinaryProperty(cp, UProperty.UNIFIED_IDEOGRAPH)) {
                    continue;
                }
                int n = t.tokensForCharacter(cp);
                chars++;
                byTokens[Math.min(4, Math.max(1, n))]++;
                long k = corpusCounts.getOrDefault(cp, 0L);
                occ += k;
                if (n == 1) {
                    occSingle += k;
                }
            }
            rows.add(new CoverageRow(name, b.label, chars, byTokens[1], byTokens[2], byTokens[3], byTokens[4], occ, occSingle));
        }
        return rows;
    }
}
