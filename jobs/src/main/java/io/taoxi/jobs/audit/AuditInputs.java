package io.taoxi.jobs.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.report.ParquetRows;
import io.taoxi.tokenizer.audit.AuditTables.AuditText;
import io.taoxi.tokenizer.audit.TokenizerAudit.ParallelSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the texts named by {@code --text SPEC} (infrastructure). A SPEC is one of:
 * <ul>
 *   <li>a folder with {@code part-*.parquet} files (a stage's {@code kept/}): the text and language
 *       columns;</li>
 *   <li>a folder of line-aligned parallel files named by language code ({@code en.txt}, {@code zh-Hans.txt},
 *       …): a {@link ParallelSet} named after the folder; blank lines and lines starting with {@code #} are
 *       skipped in every file alike;</li>
 *   <li>a {@code .jsonl} file, one object per line with the text and language fields;</li>
 *   <li>a {@code .tsv} file with a header row naming the text and language columns; in cells {@code \n},
 *       {@code \t} and {@code \\} are unescaped.</li>
 * </ul>
 * Texts beyond {@code maxTextsPerLang} for a language are skipped (the first ones are kept) and counted.
 * Empty texts and rows without a language are skipped and counted.
 */
final class AuditInputs {
    final List<AuditText> texts = new ArrayList<>();
    final List<ParallelSet> parallel = new ArrayList<>();
    final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Map<String, Integer> perLang = new HashMap<>();
    private final String textColumn;
    private final String langColumn;
    private final int maxTextsPerLang;

    AuditInputs(String textColumn, String langColumn, int maxTextsPerLang) {
        this.textColumn = textColumn;
        this.langColumn = langColumn;
        this.maxTextsPerLang = maxTextsPerLang;
    }

    void read(Path spec) throws IOException {
        if (Files.isDirectory(spec)) {
            if (!ParquetRows.partFiles(spec).isEmpty()) {
                readParquet(spec);
            } else {
                readParallel(spec);
            }
        } else if (!Files.isRegularFile(spec)) {
            throw new IOException(spec + ": no such file or folder");
        } else if (spec.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            readJsonl(spec);
        } else if (spec.toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
            readTsv(spec);
        } else {
            throw new IOException(spec + ": not a Parquet folder, a folder of <lang>.txt files, a .jsonl or a .tsv file");
        }
    }

    private void add(String lang, String text) {
        if (lang == null || lang.isBlank()) {
            skipped.merge("no_language", 1L, Long::sum);
            return;
        }
        if (text == null || text.isEmpty()) {
            skipped.merge("empty_text", 1L, Long::sum);
            return;
        }
        int n = perLang.merge(lang, 1, Integer::sum);
        if (n > maxTextsPerLang) {
            skipped.merge("over_max_texts_per_lang", 1L, Long::sum);
            return;
        }
        texts.add(new AuditText(lang, text));
    }

    private void readParquet(Path dir) throws IOException {
        List<Path> files = ParquetRows.partFiles(dir);
        List<String> columns = ParquetRows.columns(files);
        if (!columns.contains(textColumn) || !columns.contains(langColumn)) {
            throw new IOException(dir + ": Parquet columns " + columns + " lack " + textColumn + " or " + langColumn);
        }
        try (ParquetRows rows = ParquetRows.open(files, List.of(textColumn, langColumn))) {
            while (rows.hasNext()) {
                Map<String, Object> row = rows.next();
                add((String) row.get(langColumn), (String) row.get(textColumn));
            }
        }
    }

    private void readParallel(Path dir) throws IOException {
        Map<String, List<String>> byLang = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(dir + ": no part-*.parquet and no <lang>.txt files");
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (!l.isBlank() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
            byLang.put(name.substring(0, name.length() - 4), lines);
        }
        // "en" first, so tables read against the reference
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        if (byLang.containsKey("en")) {
            ordered.put("en", byLang.remove("en"));
        }
        ordered.putAll(byLang);
        try {
            parallel.add(new ParallelSet(dir.getFileName().toString(), ordered));
        } catch (IllegalArgumentException e) {
            throw new IOException(dir + ": " + e.getMessage(), e);
        }
    }

    private void readJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
                }
                add(node.path(langColumn).isTextual() ? node.path(langColumn).asText() : null,
                        node.path(textColumn).isTextual() ? node.path(textColumn).asText() : null);
            }
        }
    }

    private void readTsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int ti = header.indexOf(textColumn);
        int li = header.indexOf(langColumn);
        if (ti < 0 || li < 0) {
            throw new IOException(file + ":1: header " + header + " lacks " + textColumn + " or " + langColumn);
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length <= Math.max(ti, li)) {
                skipped.merge("short_tsv_row", 1L, Long::sum);
                continue;
            }
            add(cells[li], unescape(cells[ti]));
        }
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
