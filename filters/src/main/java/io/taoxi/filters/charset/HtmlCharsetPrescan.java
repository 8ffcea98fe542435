package io.taoxi.filters.charset;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset label an HTML page declares in its first bytes: {@code <meta charset=...>},
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">}, or an XML declaration's
 * {@code encoding="..."}. Works on the bytes read as ISO-8859-1, so it sees the declaration in any
 * ASCII-compatible encoding; comments are skipped. Returns the raw label, unresolved.
 *
 * <p>Simpler than the WHATWG prescan: it does not track {@code <script>} or attributes split by
 * odd bytes; a declaration past {@link #SCAN_BYTES} is not seen.
 */
final class HtmlCharsetPrescan {

  static final int SCAN_BYTES = 4096;

  private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
  private static final Pattern META = Pattern.compile("<meta[\\s/][^>]*>?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
  private static final Pattern CONTENT_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([^\"'\\s;,]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECLARATION = Pattern.compile(
      "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

  private HtmlCharsetPrescan() {}

  static Optional<String> declaredLabel(byte[] body, int from) {
    int to = Math.min(body.length, from + SCAN_BYTES);
    if (to <= from) {
      return Optional.empty();
    }
    String head = new String(body, from, to - from, StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    if (xml.find()) {
      return Optional.of(xml.group(1));
    }
    if (head.contains("<!--")) {
      head = COMMENT.matcher(head).replaceAll(" ");
    }
    Matcher meta = META.matcher(head);
    while (meta.find()) {
      String tag = meta.group();
      String charset = null;
      String httpEquiv = null;
      String content = null;
      Matcher attribute = ATTRIBUTE.matcher(tag.substring(5));
      while (attribute.find()) {
        String name = attribute.group(1).toLowerCase(Locale.ROOT);
        String value = firstNonNull(attribute.group(2), attribute.group(3), attribute.group(4));
        if (value == null) {
          continue;
        }
        switch (name) {
          case "charset" -> charset = charset == null ? value : charset;
          case "http-equiv" -> httpEquiv = httpEquiv == null ? value : httpEquiv;
          case "content" -> content = content == null ? value : content;
          default -> { }
        }
      }
      if (charset != null && !charset.isBlank()) {
        return Optional.of(charset.trim());
      }
      if (httpEquiv != null && httpEquiv.trim().equalsIgnoreCase("content-type") && content != null) {
        Matcher inContent = CONTENT_CHARSET.matcher(content);
        if (inContent.find()) {
          return Optional.of(inContent.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code charset} parameter of a Content-Type header value, if any. */
  static Optional<String> headerLabel(String contentType) {
    if (contentType == null || contentType.length() > 1024) {
      return Optional.empty();
    }
    Matcher matcher = CONTENT_CHARSET.matcher(contentType);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String firstNonNull(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }
}
