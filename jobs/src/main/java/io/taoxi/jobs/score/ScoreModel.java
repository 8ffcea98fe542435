package io.taoxi.jobs.score;

import io.taoxi.engine.EngineException;
import io.taoxi.engine.Qwen2Config;
import io.taoxi.engine.Qwen2Model;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Infrastructure: a scoring model folder checked on the driver before Spark starts: a Hugging Face Qwen2
 * folder ({@code config.json}, safetensors) that also holds the {@code tokenizer.json} it was trained
 * with. The fingerprint (hashes of config.json and tokenizer.json, names, sizes and modification times of
 * the weight files) goes into the stage's config hash and is checked again by each executor, so a model
 * folder that differs between machines fails instead of scoring with other weights.
 *
 * @param directory absolute path; every executor must see the same folder at this path (weights are mapped)
 * @param fingerprint see above
 * @param tokenizerSha256 SHA-256 of tokenizer.json
 * @param tokenizerVocabSize the tokenizer's ids (≤ the model's vocabulary)
 * @param config the model's config (the driver's copy; executors read config.json themselves)
 */
public record ScoreModel(String directory, String fingerprint, String tokenizerSha256, int tokenizerVocabSize,
        Qwen2Config config) {
    public static final String TOKENIZER_JSON = "tokenizer.json";

    /** Checks a folder and reads its config and tokenizer; every problem is a {@link ConfigException}. */
    public static ScoreModel inspect(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new ConfigException("model " + dir + ": not a folder (a Qwen2 model folder with config.json, "
                    + "safetensors weights and tokenizer.json)");
        }
        Path tokenizerJson = abs.resolve(TOKENIZER_JSON);
        if (!Files.isRegularFile(tokenizerJson)) {
            throw new ConfigException("model " + dir + ": no tokenizer.json (the stage tokenizes with the model's own "
                    + "tokenizer; for a test model: taoxi engine make-test-model --tokenizer FILE copies one in)");
        }
        Qwen2Config config;
        try {
            config = Qwen2Model.load(abs).config();
        } catch (EngineException e) {
            throw new ConfigException("model " + dir + ": " + e.getMessage(), e);
        }
        Tokenizer tokenizer;
        String tokenizerText;
        try {
            tokenizerText = Files.readString(tokenizerJson);
            tokenizer = Tokenizer.fromJson(tokenizerText);
        } catch (IOException e) {
            throw new ConfigException(tokenizerJson + ": cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ConfigException(tokenizerJson + ": " + e.getMessage(), e);
        }
        if (tokenizer.vocabSize() > config.vocabSize()) {
            throw new ConfigException("model " + dir + ": tokenizer.json has " + tokenizer.vocabSize()
                    + " ids but config.json's vocab_size is " + config.vocabSize() + " (not the model's tokenizer)");
        }
        return new ScoreModel(abs.toString(), fingerprint(abs), sha256(tokenizerText.getBytes(StandardCharsets.UTF_8)),
                tokenizer.vocabSize(), config);
    }

    /** Hashes of config.json and tokenizer.json, and names, sizes and times of the weight files. */
    static String fingerprint(Path dir) {
        try {
            StringBuilder b = new StringBuilder();
            b.append("config.json:").append(sha256(Files.readAllBytes(dir.resolve("config.json")))).append('\n');
            b.append("tokenizer.json:").append(sha256(Files.readAllBytes(dir.resolve(TOKENIZER_JSON)))).append('\n');
            List<Path> weights = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().contains(".safetensors")).sorted().forEach(weights::add);
            }
            for (Path p : weights) {
                b.append(p.getFileName()).append(':').append(Files.size(p)).append(':')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
            return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot fingerprint the model: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
