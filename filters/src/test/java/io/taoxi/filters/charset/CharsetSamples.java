package io.taoxi.filters.charset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Sample texts and the pages built from them, shared by the charset tests. */
final class CharsetSamples {

  private CharsetSamples() {}

  /** A text from {@code charset/text/NAME.txt}, read as UTF-8. */
  static String text(String name) {
    String path = "/charset/text/" + name + ".txt";
    try (InputStream in = CharsetSamples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample text " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An HTML page around {@code text}: first line as title and h1, paragraphs for the rest. */
  static String page(String text, String lang, String metaLabel) {
    String[] lines = text.split("\n");
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n");
    if (metaLabel != null) {
      page.append("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n");
      page.append("<meta charset=\"").append(metaLabel).append("\">\n");
    }
    page.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.append("<title>").append(lines[0]).append("</title>\n");
    page.append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n");
    page.append("<nav><a href=\"/\">Home</a> | <a href=\"/news/\">News</a></nav>\n");
    page.append("<article>\n<h1>").append(lines[0]).append("</h1>\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        page.append("<p>").append(lines[i]).append("</p>\n");
      }
    }
    page.append("</article>\n<footer>(c) 2024</footer>\n</body>\n</html>\n");
    return page.toString();
  }

  /** {@code length} chars of {@code text} from its second line on. */
  static String excerpt(String text, int length) {
    int start = text.indexOf('\n') + 1;
    return text.substring(start, Math.min(text.length(), start + length));
  }

  static byte[] encode(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  static String lang(String textName) {
    return textName.startsWith("zh-") ? textName.replace("zh-hans", "zh-CN").replace("zh-hant", "zh-TW")
        : textName;
  }
}
