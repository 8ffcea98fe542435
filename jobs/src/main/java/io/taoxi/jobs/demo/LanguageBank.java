package io.taoxi.jobs.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written text of one language: headlines, sentences, forum replies and page chrome (nav, footer,
 * cookie banner…). Loaded from {@code bank-<tag>.txt} next to this class. Immutable.
 *
 * <p>Resource format: {@code [section]} lines open a section; every other non-blank line not starting with
 * {@code #} is one entry; in {@code [chrome]} entries are {@code key=value} and lists inside a value are
 * separated by {@code |}. A chrome key missing from a small bank falls back to the English bank.
 */
record LanguageBank(String tag, Map<String, List<String>> sections, Map<String, String> chrome, LanguageBank fallback) {

  static LanguageBank load(String tag, LanguageBank fallback) {
    Map<String, List<String>> sections = readSections("bank-" + tag + ".txt");
    Map<String, String> chrome = new LinkedHashMap<>();
    for (String line : sections.getOrDefault("chrome", List.of())) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("bank-" + tag + ".txt: chrome line without key=value: " + line);
      }
      chrome.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return new LanguageBank(tag, sections, Map.copyOf(chrome), fallback);
  }

  List<String> section(String name) {
    return sections.getOrDefault(name, List.of());
  }

  List<String> headlines() {
    return section("headlines");
  }

  List<String> sentences() {
    return section("sentences");
  }

  String chrome(String key) {
    String value = chrome.get(key);
    if (value == null && fallback != null) {
      value = fallback.chrome(key);
    }
    if (value == null) {
      throw new IllegalStateException("bank-" + tag + ".txt: no chrome key '" + key + "'");
    }
    return value;
  }

  List<String> chromeList(String key) {
    return List.of(chrome(key).split("\\|"));
  }

  /** Reads a sectioned resource file of this package. Section order and entry order are kept. */
  static Map<String, List<String>> readSections(String resource) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (InputStream in = LanguageBank.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/taoxi/jobs/demo/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = new ArrayList<>();
          sections.put(line.substring(1, line.length() - 1), current);
        } else if (current == null) {
          throw new IllegalStateException(resource + ":" + lineNumber + ": entry before any [section]");
        } else {
          current.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    sections.forEach((name, entries) -> frozen.put(name, List.copyOf(entries)));
    return frozen;
  }
}
