package io.taoxi.jobs.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test fixture: a small mixed web corpus with one example of every outcome the web reader knows, in
 * plain, per-record gzip and whole-file gzip WARCs and a WET file. Expected counts are worked out by hand
 * in the comments below.
 */
public final class TestWarcs {
    public static final long EXPECTED_KEPT = 12;
    public static final int FILES = 6;
    public static final Map<String, Long> EXPECTED_REASONS = new TreeMap<>(Map.ofEntries(
            Map.entry("warc_warcinfo_record", 2L),
            Map.entry("warc_request_record", 1L),
            Map.entry("http_status_404", 1L),
            Map.entry("http_status_301", 1L),
            Map.entry("unsupported_content_type", 1L),
            Map.entry("warc_metadata_record", 1L),
            Map.entry("warc_revisit_record", 1L),
            Map.entry("warc_metadata_resource", 1L),
            Map.entry("empty_text", 1L),
            Map.entry("garbage_between_records", 1L),
            Map.entry("content_length_mismatch", 1L),
            Map.entry("truncated_record", 1L),
            Map.entry("block_digest_mismatch", 1L),
            Map.entry("bad_gzip_member", 1L)));

    private TestWarcs() {
    }

    private static byte[] http(String uri, int status, String contentType, String html, Charset cs) {
        return WarcBytes.record("WARC/1.1", "response", uri, "application/http; msgtype=response",
                WarcBytes.httpResponse(status, contentType, html.getBytes(cs)), true);
    }

    private static String article(String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title)
                .append("</title></head><body><div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/a\">About</a></div>"
                        + "<article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article><div class=\"footer\">版权所有 © 2026 示例网 京ICP备12345678号</div></body></html>")
                .toString();
    }

    public static void writeMixedCorpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        // a.warc.gz, gzip per record: 4 kept (zh, en, ja chunked+gzip, zh GBK) and 7 dropped.
        List<byte[]> a = new ArrayList<>();
        a.add(WarcBytes.record("WARC/1.1", "warcinfo", null, "application/warc-fields",
                "software: taoxi-test\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.US_ASCII), false));
        a.add(WarcBytes.record("WARC/1.1", "request", "https://news.example.cn/2026/lib.html",
                "application/http; msgtype=request",
                "GET /2026/lib.html HTTP/1.1\r\nHost: news.example.cn\r\n\r\n".getBytes(StandardCharsets.US_ASCII), true));
        a.add(http("https://news.example.cn/2026/lib.html", 200, "text/html; charset=utf-8", article("市图书馆新馆开放",
                "今天上午，市图书馆新馆正式向公众开放，馆内设有古籍修复展示区和儿童阅读空间。",
                "馆方介绍，新馆藏书约两百万册，读者可以通过手机预约座位，周末开放时间延长到晚上九点。"),
                StandardCharsets.UTF_8));
        a.add(http("https://news.example.cn/missing.html", 404, "text/html", "<html><body>Not found</body></html>",
                StandardCharsets.UTF_8));
        a.add(WarcBytes.record("WARC/1.1", "response", "https://news.example.cn/logo.png",
                "application/http; msgtype=response", WarcBytes.httpResponse(200, "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}), true));
        a.add(WarcBytes.record("WARC/1.1", "metadata", "https://news.example.cn/2026/lib.html",
                "application/warc-fields", "outlink: https://news.example.cn/\r\n".getBytes(StandardCharsets.US_ASCII),
                true));
        a.add(WarcBytes.record("WARC/1.1", "revisit", "https://news.example.cn/2026/lib.html",
                "application/http; msgtype=response",
                "HTTP/1.1 304 Not Modified\r\nETag: \"abc\"\r\n\r\n".getBytes(StandardCharsets.US_ASCII), true));
        a.add(http("https://blog.example.com/rivers", 200, "text/html", article("Walking the old river path",
                "The towpath along the old canal reopened this spring after two years of repairs to the locks.",
                "Volunteers planted alder and willow along the banks, and the council added benches every mile."),
                StandardCharsets.UTF_8));
        a.add(WarcBytes.record("WARC/1.1", "resource", "metadata://gnu.org/software/wget/warc/wget.log",
                "text/plain", "Opening WARC file ...\nFINISHED\n".getBytes(StandardCharsets.US_ASCII), true));
        a.add(WarcBytes.record("WARC/1.1", "response", "https://www.example.jp/kisetsu.html",
                "application/http; msgtype=response", chunkedGzipResponse(article("季節の便り",
                        "今年の桜は例年より一週間早く咲き始め、川沿いの遊歩道は多くの人でにぎわいました。",
                        "地元の商店街では、花見客に向けた限定の和菓子が販売されています。")), true));
        Charset gbk = Charset.forName("GBK");
        a.add(http("https://bbs.example.cn/t/88.html", 200, "text/html; charset=gbk", article("周末骑行路线推荐",
                "从东湖出发，沿着湖边绿道骑到磨山脚下，全程大约二十公里，适合新手。",
                "路上有三个补给点，可以买到矿泉水和简单的点心，记得带好头盔。"), gbk));
        Files.write(dir.resolve("a.warc.gz"), WarcBytes.gzipEach(a));

        // b.warc, plain WARC/1.0: 2 kept, 1 garbage region, 1 record with a wrong Content-Length.
        byte[] ko = http("https://news.example.kr/view/1", 200, "text/html; charset=utf-8", article("도서관 개관",
                "새 도서관이 오늘 문을 열었으며 어린이 열람실과 디지털 자료실을 갖추고 있습니다.",
                "주말에는 오후 아홉 시까지 운영하며 온라인으로 좌석을 예약할 수 있습니다."), StandardCharsets.UTF_8);
        byte[] ja = http("https://www.example.jp/ryori.html", 200, "text/html; charset=utf-8", article("家庭料理の基本",
                "だしの取り方を覚えると、みそ汁や煮物の味がぐっと良くなります。",
                "昆布は水から入れて、沸騰する直前に取り出すのがこつです。"), StandardCharsets.UTF_8);
        byte[] bad = http("https://news.example.kr/view/2", 200, "text/html", article("오류 기사", "길이가 틀린 기록입니다."),
                StandardCharsets.UTF_8);
        String badText = new String(bad, StandardCharsets.ISO_8859_1);
        int declared = Integer.parseInt(badText.replaceFirst("(?s)^.*?Content-Length: (\\d+).*$", "$1"));
        bad = badText.replaceFirst("Content-Length: " + declared, "Content-Length: " + (declared - 7))
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("b.warc"), WarcBytes.concat(List.of(
                ko.clone(), "stray bytes from a broken writer\n".getBytes(StandardCharsets.US_ASCII), bad, ja)
                .stream().map(TestWarcs::toWarc10).toList()));

        // c.warc.gz: 2 kept, the last member cut short.
        List<byte[]> c = List.of(
                http("https://tw.example.com/a", 200, "text/html; charset=utf-8", article("颱風動態",
                        "氣象署表示，颱風預計明天清晨在東部沿海登陸，請民眾提早做好防颱準備。"), StandardCharsets.UTF_8),
                http("https://tw.example.com/b", 200, "text/html; charset=utf-8", article("夜市美食",
                        "這家攤位的蚵仔煎已經營業三十年，每到晚上總是大排長龍。"), StandardCharsets.UTF_8),
                http("https://tw.example.com/c", 200, "text/html; charset=utf-8", article("截斷",
                        "這筆紀錄會被截斷。"), StandardCharsets.UTF_8));
        byte[] cBytes = WarcBytes.gzipEach(c);
        Files.write(dir.resolve("c.warc.gz"), Arrays.copyOf(cBytes, cBytes.length - 30));

        // d.warc.gz, one gzip member for the whole file: 1 kept, 1 bad digest, 1 redirect.
        byte[] fr = http("https://www.example.fr/marche", 200, "text/html; charset=utf-8", article("Le marché du samedi",
                "Le marché couvert accueille chaque samedi une quarantaine de producteurs de la région.",
                "On y trouve des fromages, du miel et des légumes cueillis la veille."), StandardCharsets.UTF_8);
        String frOther = new String(http("https://www.example.fr/autre", 200, "text/html", article("Autre",
                "Un texte dont l'empreinte est fausse."), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String wrongDigest = frOther.replaceAll("WARC-Block-Digest: sha1:[A-Z2-7]+",
                "WARC-Block-Digest: sha1:" + WarcBytes.sha1Base32("other bytes".getBytes(StandardCharsets.US_ASCII)));
        byte[] redirect = http("https://www.example.fr/old", 301, "text/html", "<a href=\"/new\">moved</a>",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("d.warc.gz"), WarcBytes.gzip(WarcBytes.concat(List.of(fr,
                wrongDigest.getBytes(StandardCharsets.UTF_8), redirect))));

        // e.wet.gz: warcinfo (dropped), a conversion record (kept), a blank one (empty_text).
        List<byte[]> e = List.of(
                WarcBytes.record("WARC/1.0", "warcinfo", null, "application/warc-fields",
                        "isPartOf: TEST-2026\r\n".getBytes(StandardCharsets.US_ASCII), false),
                WarcBytes.record("WARC/1.0", "conversion", "https://id.example.co.id/berita", "text/plain",
                        "Pasar tradisional di pusat kota kembali ramai setelah renovasi atap selesai.\nPara pedagang berharap pengunjung terus bertambah."
                                .getBytes(StandardCharsets.UTF_8), true),
                WarcBytes.record("WARC/1.0", "conversion", "https://id.example.co.id/kosong", "text/plain",
                        " \n \n".getBytes(StandardCharsets.UTF_8), true));
        Files.write(dir.resolve("e.wet.gz"), WarcBytes.gzipEach(e));

        // f.warc.gz: the middle member has a flipped byte.
        List<byte[]> f = List.of(
                http("https://es.example.com/1", 200, "text/html; charset=utf-8", article("La biblioteca",
                        "La nueva biblioteca municipal abre sus puertas con una sala infantil y un archivo digital."),
                        StandardCharsets.UTF_8),
                http("https://es.example.com/2", 200, "text/html; charset=utf-8", article("Dañado",
                        "Este registro llega con un byte cambiado en su compresión."), StandardCharsets.UTF_8),
                http("https://es.example.com/3", 200, "text/html; charset=utf-8", article("El mercado",
                        "El mercado del sábado reúne a productores locales de queso, miel y verduras."),
                        StandardCharsets.UTF_8));
        byte[] first = WarcBytes.gzip(f.get(0));
        byte[] second = WarcBytes.gzip(f.get(1));
        second[second.length / 2] ^= 0x5a;
        Files.write(dir.resolve("f.warc.gz"), WarcBytes.concat(List.of(first, second, WarcBytes.gzip(f.get(2)))));

        Files.writeString(dir.resolve("README.txt"), "not a WARC: ignored by the listing");
    }

    private static byte[] toWarc10(byte[] record) {
        String s = new String(record, StandardCharsets.ISO_8859_1);
        return s.startsWith("WARC/1.1") ? ("WARC/1.0" + s.substring(8)).getBytes(StandardCharsets.ISO_8859_1) : record;
    }

    private static byte[] chunkedGzipResponse(String html) {
        byte[] gz = WarcBytes.gzip(html.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        int pos = 0;
        while (pos < gz.length) {
            int n = Math.min(100, gz.length - pos);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(gz, pos, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            pos += n;
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
