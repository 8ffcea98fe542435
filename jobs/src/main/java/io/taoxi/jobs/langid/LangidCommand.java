package io.taoxi.jobs.langid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.filters.langid.LanguageIdentifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Infrastructure: {@code taoxi langid [--input FILE]} reads lines (a file or standard input, UTF-8) and prints one
 * JSON object per line: {@code {"label":"ja","score":0.91,"scripts":"Hani:1.00","text":"…"}}. For quick checks
 * and for people auditing {@code langid_v1}; no Spark. Exit code 2 when the input file is missing.
 */
@Command(name = "langid", mixinStandardHelpOptions = true,
        description = "Identify the language of each input line (langid_v1); prints one JSON line per input line.")
public final class LangidCommand implements Callable<Integer> {
    @Option(names = {"-i", "--input"}, description = "UTF-8 text file, one item per line (default: standard input).")
    Path input;

    @Option(names = "--no-text", description = "Leave the input text out of the JSON lines.")
    boolean noText;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public LangidCommand() {
        this(System.in, System.out, System.err);
    }

    /** For tests: explicit streams. */
    public LangidCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException {
        if (input != null && !Files.isRegularFile(input)) {
            stderr.println("langid: input file not found: " + input);
            return 2;
        }
        LanguageIdentifier identifier = new LanguageIdentifier();
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                input == null ? stdin : Files.newInputStream(input), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                LanguageIdentifier.Result r = identifier.identify(line);
                ObjectNode node = json.createObjectNode();
                node.put("label", r.label());
                node.put("score", Math.round(r.score() * 1000) / 1000.0);
                node.put("scripts", r.scripts());
                if (!noText) {
                    node.put("text", line);
                }
                out.println(json.writeValueAsString(node));
            }
        }
        out.flush();
        return 0;
    }
}
