package io.taoxi.jobs.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs {@code tokenizer/read_megatron_idx.py} (a stdlib-only reader of the layout) when python3 exists. */
final class PythonReader {
    private PythonReader() {
    }

    static JsonNode read(Path prefix, Path scratch) throws IOException, InterruptedException {
        Path script = scratch.resolve("read_megatron_idx.py");
        try (InputStream in = PythonReader.class.getResourceAsStream("/tokenizer/read_megatron_idx.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), prefix.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("SKIPPED: python3 is not installed, the Python reader check did not run: " + e.getMessage());
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python reader failed: " + out);
        }
        return new ObjectMapper().readTree(out);
    }
}
