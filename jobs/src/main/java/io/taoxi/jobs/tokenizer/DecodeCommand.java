package io.taoxi.jobs.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taoxi decode}: the reverse of {@code taoxi encode}. Each input line is a JSON array of ids (or a
 * JSON object with an {@code ids} array); each output line is the text ({@code --format text}, the default)
 * or {@code {"text": …}} ({@code --format jsonl}). A text with a line break cannot be one line of plain
 * text: it fails naming the line and asking for {@code --format jsonl}, rather than being silently split.
 *
 * <pre>
 * $ echo '[108386,3837,99489]' | taoxi decode -t tok/tokenizer.json
 * 你好，世界
 * </pre>
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode JSON arrays of ids (one per line) to texts, one per line (or JSON lines).")
public final class DecodeCommand implements Callable<Integer> {
    /** Output line formats. */
    public enum Format { text, jsonl }

    @Option(names = {"-t", "--tokenizer"}, required = true, description = "tokenizer.json.")
    Path tokenizer;

    @Option(names = {"-i", "--input"}, description = "Input file (default: standard input).")
    Path input;

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--skip-special", description = "Leave special tokens (e.g. <|endoftext|>) out of the text.")
    boolean skipSpecial;

    @Override
    public Integer call() throws IOException {
        Tokenizer t = EncodeCommand.load(tokenizer);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (BufferedReader in = EncodeCommand.open(input)) {
            run(t, in, out, format, skipSpecial);
        }
        out.flush();
        return 0;
    }

    public static void run(Tokenizer t, BufferedReader in, PrintStream out, Format format, boolean skipSpecial)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException e) {
                throw new ConfigException("line " + n + ": not JSON: " + e.getMessage(), e);
            }
            JsonNode array = node != null && node.isObject() ? node.get("ids") : node;
            if (array == null || !array.isArray()) {
                throw new ConfigException("line " + n + ": expected a JSON array of ids or {\"ids\": [...]}");
            }
            int[] ids = new int[array.size()];
            for (int i = 0; i < ids.length; i++) {
                JsonNode v = array.get(i);
                if (!v.canConvertToInt() || v.asInt() < 0 || t.token(v.asInt()) == null) {
                    throw new ConfigException("line " + n + ", position " + i + ": " + v
                            + " is not an id of the tokenizer (0.." + (t.vocabSize() - 1) + ")");
                }
                ids[i] = v.asInt();
            }
            String text = t.decode(ids, skipSpecial);
            if (format == Format.jsonl) {
                out.append(json.writeValueAsString(Map.of("text", text))).append('\n');
            } else {
                if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                    throw new ConfigException("line " + n + ": the text holds a line break; use --format jsonl");
                }
                out.append(text).append('\n');
            }
        }
    }
}
