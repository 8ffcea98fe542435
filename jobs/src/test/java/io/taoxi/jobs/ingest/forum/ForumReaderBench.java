package io.taoxi.jobs.ingest.forum;

import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.demo.ForumDemoFiles;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import io.taoxi.jobs.ingest.SourceReaders;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Benchmark: each forum and dataset reader on one thread, without Spark, through the public
 * {@link SourceReader} API (what one Spark task runs). Inputs: the demo forum files ({@link ForumDemoFiles})
 * replicated with renumbered ids until each file reaches the target size, plus CSV and Parquet made from the
 * JSONL rows, and the Reddit file split into {@code RS_}/{@code RC_} files ({@code reddit-split}: the
 * reader joins them in one task, so its time against {@code reddit}'s is the price of the join). Prints documents/s (outcome rows), posts/s (forum posts folded into kept threads) and MB/s of
 * input bytes (file size) and of record bytes (the uncompressed source bytes the rows account for; for Parquet
 * the UTF-8 text, since replicated text compresses to almost nothing); the last lines are machine-readable {@code RESULT reader=… seconds=… rows=… posts=… bytes=…}.
 *
 * <pre>
 * java -cp jobs/target/test-classes:jobs/target/classes:jobs/target/lib/* \
 *     io.taoxi.jobs.ingest.forum.ForumReaderBench [--mb N] [--repeat N] [--warmup N] WORKDIR
 * </pre>
 */
public final class ForumReaderBench {
    private ForumReaderBench() {
    }

    record Pass(double seconds, long rows, long posts, long recordBytes, Map<String, Long> outcomes) {
    }

    public static void main(String[] args) throws Exception {
        int mb = 20;
        int repeat = 3;
        int warmup = 1;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mb" -> mb = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> work = Path.of(args[i]);
            }
        }
        if (work == null) {
            System.err.println("usage: ForumReaderBench [--mb N] [--repeat N] [--warmup N] WORKDIR");
            System.exit(2);
        }
        Map<String, Path> inputs = inputs(work, mb * 1_000_000L);
        for (Map.Entry<String, Path> e : inputs.entrySet()) {
            String format = e.getKey();
            Path file = e.getValue();
            long bytes = size(file);
            for (int i = 0; i < warmup; i++) {
                pass(format, file);
            }
            Pass best = null;
            for (int i = 0; i < repeat; i++) {
                Pass p = pass(format, file);
                if (best == null || p.seconds() < best.seconds()) {
                    best = p;
                }
            }
            System.out.printf(Locale.ROOT, "%-14s %7.1f MB file %7.1f MB records  %6.2f s  %9.0f docs/s  %9.0f posts/s"
                    + "  %6.1f MB/s file  %6.1f MB/s records  %s%n", format, bytes / 1e6, best.recordBytes() / 1e6,
                    best.seconds(), best.rows() / best.seconds(), best.posts() / best.seconds(),
                    bytes / 1e6 / best.seconds(), best.recordBytes() / 1e6 / best.seconds(), best.outcomes());
            System.out.printf(Locale.ROOT, "RESULT reader=%s seconds=%.3f rows=%d posts=%d bytes=%d record_bytes=%d%n",
                    format, best.seconds(), best.rows(), best.posts(), bytes, best.recordBytes());
        }
    }

    private static long size(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return Files.size(p);
        }
        try (var files = Files.list(p)) {
            long n = 0;
            for (Path f : files.toList()) {
                n += Files.size(f);
            }
            return n;
        }
    }

    /** One pass; a folder ({@code reddit-split}) is planned by the reader, so its two files make one task. */
    static Pass pass(String name, Path file) throws IOException {
        String format = name.replace("-split", "");
        Configuration hadoop = new Configuration();
        String source = format.equals("jsonl") || format.equals("csv") || format.equals("parquet") ? "web" : "forum";
        InputSpec input = new InputSpec(file.toString(), source, format);
        IngestSpec spec = new IngestSpec(List.of(input), null, null, null);
        SourceReader reader = SourceReaders.forInput(input, 0);
        List<ReadTask> tasks = Files.isDirectory(file) ? reader.plan(input, 0, hadoop)
                : List.of(new ReadTask(format, source, file.toUri().toString(), file.getFileName().toString(),
                        file.toFile().length(), 0));
        long start = System.nanoTime();
        long rows = 0;
        long posts = 0;
        long recordBytes = 0;
        Map<String, Long> outcomes = new TreeMap<>();
        Iterator<IngestRow> it = tasks.stream().flatMap(t -> java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(reader.read(t, hadoop, spec), 0), false)).iterator();
        while (it.hasNext()) {
            IngestRow r = it.next();
            if (r.outcome() == IngestRow.Outcome.SOURCE) {
                continue;
            }
            rows++;
            recordBytes += r.recordBytes();
            if (r.outcome() == IngestRow.Outcome.KEPT && r.extras() != null && r.extras().posts() != null) {
                posts += r.extras().posts();
            }
            outcomes.merge(r.outcome() == IngestRow.Outcome.KEPT ? "kept" : r.reason(), 1L, Long::sum);
        }
        return new Pass((System.nanoTime() - start) / 1e9, rows, posts, recordBytes, outcomes);
    }

    /** The demo files replicated to {@code target} bytes each, ids renumbered per copy. */
    static Map<String, Path> inputs(Path work, long target) throws IOException {
        Path demo = work.resolve("demo");
        List<Path> files = ForumDemoFiles.write(demo, 1);
        Map<String, Path> out = new java.util.LinkedHashMap<>();
        Files.createDirectories(work.resolve("big"));
        // Stack Exchange: rows of each copy with ids + k * 1,000,000
        List<String> se = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        List<String> rows = se.stream().filter(l -> l.strip().startsWith("<row")).toList();
        Path posts = work.resolve("big/Posts.xml");
        try (BufferedWriter w = Files.newBufferedWriter(posts, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n");
            for (int k = 0; Files.size(posts) < target; k++) {
                long shift = k * 1_000_000L;
                for (String r : rows) {
                    w.write(renumber(r, "(?<= )(Id|ParentId|AcceptedAnswerId)=\"(\\d+)\"", shift));
                    w.write('\n');
                }
                w.flush();
            }
            w.write("</posts>\n");
        }
        out.put("stackexchange", posts);
        Path reddit = replicate(files.get(1), work.resolve("big/dump.jsonl"), target,
                (line, k) -> line.replaceAll("\"(t3_|t1_)?([sc]\\d+)\"", "\"$1$2_" + k + "\""));
        out.put("reddit", reddit);
        // the same lines as a Pushshift-style split: submissions in RS_, the rest (comments, bad lines) in RC_
        Path split = work.resolve("big/split");
        Files.createDirectories(split);
        com.fasterxml.jackson.databind.ObjectMapper lines = new com.fasterxml.jackson.databind.ObjectMapper();
        try (BufferedWriter rs = Files.newBufferedWriter(split.resolve("RS_2024-01.jsonl"), StandardCharsets.UTF_8);
                BufferedWriter rc = Files.newBufferedWriter(split.resolve("RC_2024-01.jsonl"), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(reddit, StandardCharsets.UTF_8)) {
                boolean submission;
                try {
                    var n = lines.readTree(line);
                    submission = n != null && n.isObject() && !n.has("link_id");
                } catch (IOException e) {
                    submission = false;
                }
                (submission ? rs : rc).write(line);
                (submission ? rs : rc).write('\n');
            }
        }
        out.put("reddit-split", split);
        out.put("mbox", replicate(files.get(2), work.resolve("big/list.mbox"), target,
                (line, k) -> line.replaceAll("demo-(\\d+)@", "demo-$1-" + k + "@")));
        Path jsonl = replicate(files.get(3), work.resolve("big/docs.jsonl"), target, (line, k) -> line);
        out.put("jsonl", jsonl);
        // CSV and Parquet from the JSONL rows
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String[]> docs = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            var n = json.readTree(line);
            docs.add(new String[] {n.path("id").asText(), n.path("text").asText(), n.path("url").asText(),
                n.path("lang").asText()});
        }
        Path csv = work.resolve("big/docs.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,text,url,lang\n");
            for (String[] d : docs) {
                w.write(d[0] + ",\"" + d[1].replace("\"", "\"\"") + "\"," + d[2] + "," + d[3] + "\n");
            }
        }
        out.put("csv", csv);
        Path parquet = work.resolve("big/docs.parquet");
        Files.deleteIfExists(parquet);
        MessageType schema = MessageTypeParser.parseMessageType(
                "message doc { optional binary id (STRING); optional binary text (STRING);"
                        + " optional binary url (STRING); optional binary lang (STRING); }");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<org.apache.parquet.example.data.Group> w = ExampleParquetWriter
                .builder(new org.apache.hadoop.fs.Path(parquet.toUri())).withType(schema)
                .withCompressionCodec(CompressionCodecName.ZSTD).withConf(new Configuration()).build()) {
            for (String[] d : docs) {
                w.write(groups.newGroup().append("id", d[0]).append("text", d[1]).append("url", d[2])
                        .append("lang", d[3]));
            }
        }
        out.put("parquet", parquet);
        return out;
    }

    private static String renumber(String row, String regex, long shift) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(row);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, m.group(1) + "=\"" + (Long.parseLong(m.group(2)) + shift) + "\"");
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Path replicate(Path from, Path to, long target, java.util.function.BiFunction<String, Integer, String> edit)
            throws IOException {
        List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            for (int k = 0; Files.size(to) < target; k++) {
                for (String l : lines) {
                    w.write(edit.apply(l, k));
                    w.write('\n');
                }
                w.flush();
            }
        }
        return to;
    }
}
