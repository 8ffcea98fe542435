package io.taoxi.filters.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Contract: counts, empty input, determinism, random input never throws, spec validation. */
class QuoteStripperTest {
    private static final QuoteStripper STRIPPER = new QuoteStripper(QuoteStripper.Spec.defaults());

    @Test
    void countsWhatWasRemoved() {
        QuoteStripper.Result r = STRIPPER.strip("On Mon, Bob wrote:\n> a\n> b\nreply\n-- \nsig", false);
        assertEquals("reply", r.text());
        assertEquals(2, r.quoteLines());
        assertEquals(1, r.attributionLines());
        assertEquals(2, r.signatureLines());
        assertFalse(r.contextKept());
        assertTrue(STRIPPER.strip("> a\nreply", true).contextKept());
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertEquals("", STRIPPER.strip(null, false).text());
        assertEquals("", STRIPPER.strip("", true).text());
        assertEquals("", STRIPPER.strip("\n\n  \n", false).text());
    }

    @Test
    void hugeInputIsLinear() {
        String block = "> quoted 引用の行\n回复 답장 reply\n";
        String big = block.repeat(50_000);
        long t = System.nanoTime();
        String out = STRIPPER.strip(big, false).text();
        assertTrue((System.nanoTime() - t) / 1e9 < 5, "took too long");
        assertFalse(out.contains("quoted"));
    }

    @Test
    void randomInputNeverThrowsAndIsDeterministic() {
        long seed = 20260301L;
        Random random = new Random(seed);
        String alphabet = ">＞ \n-:：在写道引用的发言さんは書きました님이작성On wrote\uD83D\uDE00\uD800abc";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(200);
            for (int j = 0; j < len; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            boolean keep = random.nextBoolean();
            String first = STRIPPER.strip(s, keep).text();
            assertEquals(first, STRIPPER.strip(s, keep).text(), "seed " + seed + " case " + i);
        }
    }

    @Test
    void invalidSpecFails() {
        assertThrows(IllegalArgumentException.class, () -> new QuoteStripper.Spec(-1));
        assertThrows(IllegalArgumentException.class, () -> new ThreadRenderer.Spec(0, 1000));
    }
}
