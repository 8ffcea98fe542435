package io.taoxi.filters.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link PiiDetector} and {@link PiiRedactor} through their public API. */
class PiiOperatorsTest {
    private static final String MIXED = "联系王先生13812345678或发邮件到li.na@qq.com；身份证11010519491231002X。"
            + "Server 8.8.8.8, key AKIAQWERTYUIOPASDF23.";

    @Test
    void detectorCountsPerTypeAndTotal() {
        PiiDetector detector = new PiiDetector(PiiScanner.Spec.defaults());
        assertEquals("pii_v1", detector.name());
        Object[] values = detector.compute(Doc.of("zh-Hans", MIXED));
        Map<String, Object> byColumn = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byColumn.put(detector.columns().get(i).name(), values[i]);
        }
        assertEquals(1, byColumn.get("pii_phone_count"));
        assertEquals(1, byColumn.get("pii_email_count"));
        assertEquals(1, byColumn.get("pii_cn_id_count"));
        assertEquals(1, byColumn.get("pii_ip_count"));
        assertEquals(1, byColumn.get("pii_secret_count"));
        assertEquals(0, byColumn.get("pii_payment_card_count"));
        assertEquals(5, byColumn.get("pii_total"));
    }

    @Test
    void switchedOffTypesAreNull() {
        PiiDetector detector = new PiiDetector(new PiiScanner.Spec(null, Set.of(PiiType.EMAIL)));
        Object[] values = detector.compute(Doc.of("zh-Hans", MIXED));
        assertEquals(null, values[PiiType.PHONE.ordinal()]);
        assertEquals(1, values[PiiType.EMAIL.ordinal()]);
        assertEquals(1, values[values.length - 1]);
    }

    @Test
    void redactFlagAndDrop() {
        PiiRedactor redactor = new PiiRedactor(new PiiRedactor.Spec(Map.of("ip", "flag", "secret", "drop"), "redact", null));
        PiiRedactor.Result r = redactor.apply(MIXED);
        assertEquals("联系王先生<PHONE>或发邮件到<EMAIL>；身份证<CN_ID>。Server 8.8.8.8, key "
                + "AKIAQWERTYUIOPASDF23.", r.text());
        assertEquals(5, r.total());
        assertEquals(new Verdict.Drop("pii_secret", 1), r.verdict());
        PiiRedactor.Result clean = new PiiRedactor(PiiRedactor.Spec.defaults()).apply("今天天气很好。");
        assertEquals(Verdict.KEEP, clean.verdict());
        assertEquals("今天天气很好。", clean.text());
    }

    @Test
    void hardNegativesStayUntouched() {
        PiiRedactor redactor = new PiiRedactor(PiiRedactor.Spec.defaults());
        for (String text : List.of("订单号：13812345678", "ISBN 978-7-111-54742-6", "发布于 2024-05-13 12:30:45",
                "时间戳 1715587200123", "Version 1.2.3.4 released", "内网 192.168.1.10", "写信给 alice@example.com",
                "https://shop.cn/item/13812345678.html", "身份证号11010519491231002Y", "卡号 4111111111111112",
                "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "pip install scikit-learn", "图片 logo@2x.png",
                "文档地址 2001:db8::1", "时间 12:30:45")) {
            assertEquals(text, redactor.apply(text).text(), text);
        }
    }

    @Test
    void allowedDomainsAreConfigurable() {
        PiiScanner strict = new PiiScanner(new PiiScanner.Spec(List.of(), null));
        assertEquals(1, strict.scan("mail alice@example.com").size());
        PiiScanner custom = new PiiScanner(new PiiScanner.Spec(List.of("corp.cn"), null));
        assertEquals(0, custom.scan("mail a.b@dev.corp.cn").size());
    }

    @Test
    void invalidSpecsNameTheKey() {
        IllegalArgumentException action = assertThrows(IllegalArgumentException.class,
                () -> new PiiRedactor.Spec(Map.of("phone", "erase"), null, null));
        assertTrue(action.getMessage().contains("pii.actions.phone"), action.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> new PiiRedactor.Spec(Map.of("passport", "redact"), null, null));
        assertTrue(type.getMessage().contains("passport"), type.getMessage());
    }

    @Test
    void neverThrowsAndIsDeterministicOnRandomText() {
        long seed = 7L;
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "0123456789 -+.:@()abcXx中号\n\uD83D\uDE00\uD800-----BEGIN PRIVATE KEY";
        PiiRedactor redactor = new PiiRedactor(PiiRedactor.Spec.defaults());
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(120); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(redactor.apply(text), redactor.apply(text), "seed " + seed + ": " + text);
        }
        assertEquals("", redactor.apply("").text());
    }

    @Test
    void hugeDocument() {
        String page = "客服电话 400-820-8820，投诉请拨 13812345678。订单号 202405131234567890。\n".repeat(20_000);
        long start = System.nanoTime();
        PiiRedactor.Result r = new PiiRedactor(PiiRedactor.Spec.defaults()).apply(page);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(20_000, r.counts().get(PiiType.PHONE));
        assertTrue(ms < 30_000, ms + " ms");
    }
}
