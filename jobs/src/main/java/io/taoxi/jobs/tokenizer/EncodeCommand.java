package io.taoxi.jobs.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taoxi encode}: text in, ids out, one line per text, for scripting and inspection (no Spark).
 *
 * <pre>
 * $ echo '你好，世界' | taoxi encode --tokenizer tok/tokenizer.json
 * [108386,3837,99489]
 * $ echo '{"text":"a\nb"}' | taoxi encode -t tok/tokenizer.json --format jsonl
 * [64,198,65]
 * </pre>
 *
 * Formats: {@code text} (each line is a text; no line break can be in one), {@code jsonl} (each line a JSON
 * object whose {@code text} is encoded), {@code auto} (jsonl when the first non-empty line is a JSON object
 * with a string {@code text}, else text). Empty lines are texts too (they encode to {@code []}).
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Encode texts (one per line, or JSON lines with \"text\") to JSON arrays of ids, one per line.")
public final class EncodeCommand implements Callable<Integer> {
    /** Input line formats. */
    public enum Format { auto, text, jsonl }

    @Option(names = {"-t", "--tokenizer"}, required = true, description = "tokenizer.json.")
    Path tokenizer;

    @Option(names = {"-i", "--input"}, description = "Input file (default: standard input).")
    Path input;

    @Option(names = "--format", defaultValue = "auto", description = "auto, text or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--ordinary", description = "Do not match added tokens: <|endoftext|> in the text stays text.")
    boolean ordinary;

    @Override
    public Integer call() throws IOException {
        Tokenizer t = load(tokenizer);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (BufferedReader in = open(input)) {
            run(t, in, out, format, ordinary);
        }
        out.flush();
        return 0;
    }

    static Tokenizer load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("--tokenizer " + file + ": no such file");
        }
        try {
            return Tokenizer.load(file);
        } catch (RuntimeException e) {
            throw new ConfigException("--tokenizer " + file + ": " + e.getMessage(), e);
        }
    }

    static BufferedReader open(Path input) throws IOException {
        Reader r = input == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
        return new BufferedReader(r, 1 << 16);
    }

    /** Encodes every line of {@code in}; fails naming the line for a JSON line without a string text. */
    public static void run(Tokenizer t, BufferedReader in, PrintStream out, Format format, boolean ordinary)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        Format f = format;
        String line;
        long n = 0;
        StringBuilder b = new StringBuilder();
        while ((line = in.readLine()) != null) {
            n++;
            if (f == Format.auto && !line.isBlank()) {
                f = looksLikeJsonl(json, line) ? Format.jsonl : Format.text;
            }
            String text = line;
            if (f == Format.jsonl) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw new ConfigException("line " + n + ": not JSON: " + e.getMessage(), e);
                }
                if (node == null || !node.path("text").isTextual()) {
                    throw new ConfigException("line " + n + ": no string \"text\" field");
                }
                text = node.get("text").asText();
            }
            int[] ids = ordinary ? t.encodeOrdinary(text) : t.encode(text);
            b.setLength(0);
            b.append('[');
            for (int i = 0; i < ids.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(ids[i]);
            }
            out.append(b).append("]\n");
        }
    }

    private static boolean looksLikeJsonl(ObjectMapper json, String line) {
        if (!line.stripLeading().startsWith("{")) {
            return false;
        }
        try {
            JsonNode node = json.readTree(line);
            return node != null && node.isObject() && node.path("text").isTextual();
        } catch (IOException e) {
            return false;
        }
    }
}
