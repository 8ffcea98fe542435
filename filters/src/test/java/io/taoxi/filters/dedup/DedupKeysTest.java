package io.taoxi.filters.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DedupKeysTest {
    @Test
    void exactKeyNormalisesWidthWhitespaceAndCase() {
        assertEquals("hello, world !", DedupKeys.exactNormal("Hello,\n  World ！"));
        assertEquals("abc 123", DedupKeys.exactNormal("ＡＢＣ　１２３"));
        assertEquals(DedupKeys.exactKey("日本語の 文章"), DedupKeys.exactKey(" 日本語の\t文章\n"));
        assertNotEquals(DedupKeys.exactKey("门户网站"), DedupKeys.exactKey("門戶網站"), "scripts are not folded here");
        assertEquals(32, DedupKeys.exactKey("").length());
    }

    @Test
    void paragraphKeyIsCcnetNormalised() {
        assertEquals("更新於0000年0月0日", DedupKeys.paragraphNormal("更新於 2024年5月3日"));
        assertEquals("0000exampleincallrightsreserved",
                DedupKeys.paragraphNormal("© 2023 Example Inc. All rights reserved."));
        assertEquals(DedupKeys.paragraphKey("版权所有 © 2021"), DedupKeys.paragraphKey("版权所有©2024。"));
        assertEquals(0L, DedupKeys.paragraphKey(" —— ！"));
        assertEquals(DedupKeys.paragraphKey("홈 > 뉴스"), DedupKeys.paragraphKey("홈 뉴스"));
    }

    @Test
    void codeKeyOnlyUnifiesLineEndings() {
        assertEquals(DedupKeys.codeKey("a\r\nb\r"), DedupKeys.codeKey("a\nb\n"));
        assertNotEquals(DedupKeys.codeKey("a b"), DedupKeys.codeKey("a  b"));
        assertNotEquals(DedupKeys.codeKey("A"), DedupKeys.codeKey("a"));
    }

    @Test
    void uidIsTheIdPrefixOrAHash() {
        assertEquals(0x0123456789abcdefL, Hash64.uid64("0123456789abcdef0000000000000000"));
        assertEquals(Hash64.uid64("not-hex"), Hash64.uid64("not-hex"));
        assertNotEquals(Hash64.uid64("a"), Hash64.uid64("b"));
        assertEquals("ffffffffffffffff", Hash64.hex(-1L));
    }
}
