package io.taoxi.jobs.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test helper: writes WARC records byte by byte, following the WARC 1.1 layout. */
public final class WarcBytes {
    private WarcBytes() {
    }

    public static byte[] record(String version, String type, String uri, String contentType, byte[] block, boolean digest) {
        StringBuilder h = new StringBuilder();
        h.append(version).append("\r\n");
        h.append("WARC-Type: ").append(type).append("\r\n");
        h.append("WARC-Record-ID: <urn:uuid:").append(java.util.UUID.nameUUIDFromBytes((type + uri + block.length)
                .getBytes(StandardCharsets.UTF_8))).append(">\r\n");
        h.append("WARC-Date: 2026-01-02T03:04:05Z\r\n");
        if (uri != null) {
            h.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        if (digest) {
            h.append("WARC-Block-Digest: sha1:").append(sha1Base32(block)).append("\r\n");
        }
        h.append("Content-Type: ").append(contentType).append("\r\n");
        h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    public static byte[] httpResponse(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    public static byte[] response(String uri, int status, String contentType, String html) {
        return record("WARC/1.1", "response", uri, "application/http; msgtype=response",
                httpResponse(status, contentType, html.getBytes(StandardCharsets.UTF_8)), true);
    }

    public static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    public static byte[] gzipEach(List<byte[]> records) {
        List<byte[]> members = new ArrayList<>();
        for (byte[] r : records) {
            members.add(gzip(r));
        }
        return concat(members);
    }

    public static String sha1Base32(byte[] block) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(block);
            return new org.netpreserve.jwarc.WarcDigest("sha1", d).base32();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    public static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></nav><article><h1>" + title + "</h1><p>"
                + body + "</p></article><footer>版权所有 京ICP备12345678号</footer></body></html>";
    }
}
