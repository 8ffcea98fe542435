package io.taoxi.jobs.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * HTTP/1.1 messages as the bytes a crawler stores in a WARC record block: status line, headers, CRLF, body.
 * Content codings ({@code gzip}, {@code deflate} = zlib stream per RFC 9110) and chunked transfer framing
 * are applied here. Deterministic: Java's gzip header carries no timestamp.
 */
final class HttpMessages {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private HttpMessages() {}

  /** One HTTP header line. */
  record Header(String name, String value) {}

  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  static byte[] request(String host, String pathAndQuery, String acceptLanguage) {
    String text = "GET " + pathAndQuery + " HTTP/1.1\r\n"
        + "Host: " + host + "\r\n"
        + "User-Agent: TaoxiDemoBot/1.0 (+https://crawler.taoxi.example/bot)\r\n"
        + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
        + "Accept-Language: " + acceptLanguage + "\r\n"
        + "Accept-Encoding: gzip, deflate\r\n"
        + "Connection: close\r\n\r\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * A response: {@code body} is the entity after content coding. When {@code chunked} the body is framed in
   * chunks and no Content-Length is sent; otherwise Content-Length is added.
   */
  static byte[] response(int status, String reason, List<Header> headers, byte[] body, boolean chunked) {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
    for (Header header : headers) {
      head.append(header.name()).append(": ").append(header.value()).append("\r\n");
    }
    head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length + 64);
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(chunked ? chunk(body, 1000) : body);
    return out.toByteArray();
  }

  /** Chunked transfer coding: hex size CRLF data CRLF …, then {@code 0} CRLF CRLF. */
  static byte[] chunk(byte[] body, int chunkSize) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
    for (int start = 0; start < body.length; start += chunkSize) {
      int length = Math.min(chunkSize, body.length - start);
      out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, start, length);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * HTTP "deflate": a zlib stream (RFC 1950) when {@code zlib}, as RFC 9110 says; raw RFC 1951 data
   * otherwise, as some old servers sent it (decoders must accept both).
   */
  static byte[] deflate(byte[] data, boolean zlib) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, !zlib);
    try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
      stream.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }
}
