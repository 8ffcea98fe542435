package io.taoxi.filters.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules that golden lines express badly: sizes, bytes, secrets, combinations, random input. */
class CodeRulesTest {
    private static final String SYMBOLS = "\"'/*#\n\\`-{}<!--";

    @Test
    void sizeBinaryAndDataBlob() {
        CodeFiles.Spec spec = CodeFiles.Spec.defaults();
        assertEquals("code_too_large", CodeFiles.classify("big.py", null, 5L << 20, spec).dropReason());
        assertEquals("code_binary", CodeFiles.classify("x.py", new byte[] {'a', 0, 'b'}, 3, spec).dropReason());
        StringBuilder table = new StringBuilder("static const unsigned char T[] = {\n");
        Random r = new Random(1);
        for (int i = 0; i < 300; i++) {
            table.append(String.format("0x%02x, 0x%02x, 0x%02x, 0x%02x,%n", r.nextInt(256), r.nextInt(256),
                    r.nextInt(256), r.nextInt(256)));
        }
        byte[] blob = table.append("};\n").toString().getBytes(StandardCharsets.UTF_8);
        assertEquals("code_data_blob", CodeFiles.classify("t.c", blob, blob.length, spec).dropReason());
        StringBuilder longLine = new StringBuilder("var x=[");
        for (int i = 0; i < 800; i++) {
            longLine.append(i).append("+a,");
        }
        byte[] minified = longLine.append("];\n").toString().getBytes(StandardCharsets.UTF_8);
        assertEquals("code_minified", CodeFiles.classify("bundle.js", minified, minified.length, spec).dropReason());
    }

    @Test
    void gbkCommentsInOldCodeAreDecoded() {
        byte[] gbk = "// 这是一个用GBK编码保存的旧文件，注释里都是中文。\nint main() { return 0; }\n"
                .getBytes(Charset.forName("GBK"));
        CodeFiles.CodeFile f = CodeFiles.classify("old.c", gbk, gbk.length, CodeFiles.Spec.defaults());
        assertTrue(f.kept());
        assertEquals("GB18030", f.charset());
        assertTrue(f.cjkCommentFrac() > 0.7, String.valueOf(f.cjkCommentFrac()));
    }

    @Test
    void secretsAreCountedNotEchoed() {
        assertEquals(1, CodeRules.secretHints("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n"));
        assertEquals(1, CodeRules.secretHints("id = 'AKIAZZZZTAOXIFAKE123'"));
        assertEquals(1, CodeRules.secretHints("ALIYUN_KEY = \"LTAI5tTaoxiFakeKey12\""));
        assertEquals(1, CodeRules.secretHints("token: \"ghp_" + "a".repeat(36) + "\""));
        assertEquals(1, CodeRules.secretHints("password = \"Tr0ub4dor&3-horse\""));
        assertEquals(0, CodeRules.secretHints("password = \"changeme\"\npassword = \"${DB_PASSWORD}\""));
        assertEquals(0, CodeRules.secretHints("def secret_of_life(): return 42"));
    }

    @Test
    void vendoredAndLicenceFiles() {
        assertEquals("app/node_modules", CodeRules.vendoredDirectory("app/node_modules/x/index.js"));
        assertEquals(".git", CodeRules.vendoredDirectory(".git/objects/ab/cdef"));
        assertNull(CodeRules.vendoredDirectory("src/vendors.js"));
        assertNull(CodeRules.vendoredDirectory("vendor"));
        assertTrue(LicenseMatcher.isLicenseFile("LICENSE-MIT"));
        assertTrue(LicenseMatcher.isLicenseFile("COPYING.LESSER"));
        assertTrue(LicenseMatcher.isLicenseFile("LICENCE.md"));
        assertFalse(LicenseMatcher.isLicenseFile("license_check.py"));
        assertEquals("Apache-2.0 OR MIT", LicenseMatcher.combine(List.of(
                "Permission is hereby granted, free of charge, to any person obtaining a copy",
                "Apache License\nVersion 2.0, January 2004")));
        assertEquals("LGPL-3.0", LicenseMatcher.combine(List.of("GNU GENERAL PUBLIC LICENSE Version 3",
                "GNU LESSER GENERAL PUBLIC LICENSE Version 3")));
        assertEquals(LicenseMatcher.NO_ASSERTION, LicenseMatcher.combine(List.of("All rights reserved.")));
        assertNull(LicenseMatcher.combine(List.of()));
    }

    @Test
    void invalidSpecFailsWithTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CodeFiles.Spec(10, 1000, 0.5, 0.6, 2048));
        assertTrue(e.getMessage().startsWith("max_file_bytes"), e.getMessage());
    }

    @Test
    void randomBytesNeverThrowAndAreDeterministic() {
        long seed = 20261130L;
        Random r = new Random(seed);
        String[] names = {"a.py", "b.rs", "c.js", "d.go", "e.cpp", "f", "g.md", "h.json"};
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[r.nextInt(3000)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (r.nextBoolean() ? SYMBOLS
                        .charAt(r.nextInt(SYMBOLS.length())) : 0x20 + r.nextInt(0x5F));
            }
            if (r.nextInt(10) == 0) {
                bytes = "中文注释😀".repeat(r.nextInt(50)).getBytes(StandardCharsets.UTF_8);
            }
            String name = names[r.nextInt(names.length)];
            CodeFiles.CodeFile a = CodeFiles.classify(name, bytes, bytes.length, CodeFiles.Spec.defaults());
            CodeFiles.CodeFile b = CodeFiles.classify(name, bytes, bytes.length, CodeFiles.Spec.defaults());
            assertEquals(a, b, "seed " + seed + " case " + i);
            assertTrue(a.commentLineFrac() >= 0 && a.commentLineFrac() <= 1, "seed " + seed + " case " + i);
            assertTrue(a.cjkCommentFrac() >= 0 && a.cjkCommentFrac() <= 1, "seed " + seed + " case " + i);
        }
    }
}
