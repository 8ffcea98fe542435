package io.taoxi.filters.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the cases in {@code charset/golden.tsv} through the public API. */
class TextDecoderGoldenTest {

  record Case(int line, String charset, String source, String textName, String encodeWith,
      String contentType, String metaLabel, String form) {
    @Override
    public String toString() {
      return "golden.tsv:" + line + " " + textName + " as " + encodeWith + " header=" + contentType
          + " meta=" + metaLabel + " " + form + " -> " + charset + "/" + source;
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(TextDecoderGoldenTest.class.getResourceAsStream("/charset/golden.tsv")),
        StandardCharsets.UTF_8))) {
      String row;
      int line = 0;
      while ((row = reader.readLine()) != null) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] f = row.split("\t", -1);
        if (f.length != 7) {
          throw new IllegalStateException("golden.tsv:" + line + " has " + f.length + " fields");
        }
        cases.add(Arguments.of(new Case(line, f[0], f[1], f[2], f[3], dash(f[4]), dash(f[5]), f[6])));
      }
    }
    return cases.stream();
  }

  private static String dash(String field) {
    return field.equals("-") ? null : field;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodesBackToTheOriginal(Case c) {
    String text = CharsetSamples.text(c.textName());
    String original;
    boolean isHtml;
    byte[] bytes;
    if (c.form().equals("page")) {
      original = CharsetSamples.page(text, CharsetSamples.lang(c.textName()), c.metaLabel());
      isHtml = true;
      bytes = CharsetSamples.encode(original, c.encodeWith());
    } else if (c.form().equals("plain")) {
      original = text;
      isHtml = false;
      bytes = CharsetSamples.encode(original, c.encodeWith());
    } else if (c.form().startsWith("short:")) {
      original = CharsetSamples.excerpt(text, Integer.parseInt(c.form().substring(6)));
      isHtml = false;
      bytes = CharsetSamples.encode(original, c.encodeWith());
    } else if (c.form().equals("bom")) {
      original = text;
      isHtml = false;
      bytes = CharsetSamples.encode("\uFEFF" + original, c.encodeWith());
    } else {
      throw new IllegalArgumentException("unknown form " + c.form());
    }

    DecodedText decoded = TextDecoder.decode(bytes, c.contentType(), isHtml);

    assertEquals(c.charset() + "/" + c.source(), decoded.charset() + "/" + decoded.charsetSource(), c.toString());
    assertEquals(Normalizer.normalize(original, Normalizer.Form.NFC), decoded.text(), c.toString());
    assertEquals(0.0, decoded.mojibakeRatio(), c.toString());
  }
}
