package io.taoxi.jobs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.stage.BuildInfo;
import io.taoxi.jobs.stage.StageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Infrastructure: a pipeline step whose output is a folder of files rather than a Parquet stage (tokenizer
 * training, the tokenizer audit). The same contract as {@code StageRunner} where it applies: the step
 * writes into {@code OUT.inprogress}, then {@value #STEP_JSON} (its fingerprint), then the folder is renamed
 * into place; a folder whose {@value #STEP_JSON} holds the same fingerprint is current and skipped; a
 * leftover {@code .inprogress} from a killed run is deleted first.
 *
 * <p>The fingerprint is a SHA-256 over the step's canonical configuration and the bytes of its inputs'
 * manifests (a rerun of an earlier stage writes a new manifest, so the step reruns too).
 */
final class FolderStep {
    static final String STEP_JSON = "step.json";

    /** The work of a step, writing into the folder it is given. */
    interface Body {
        void write(Path folder) throws IOException;
    }

    private FolderStep() {
    }

    /** SHA-256 of the configuration's canonical JSON followed by every input file's bytes (absent: its name). */
    static String fingerprint(Object config, Path... inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ConfigLoader.jsonMapper().writeValueAsBytes(config));
            for (Path p : inputs) {
                sha.update((byte) 0);
                if (Files.isRegularFile(p)) {
                    sha.update(Files.readAllBytes(p));
                } else {
                    sha.update(("absent:" + p).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code out} was written by a step with this fingerprint. */
    static boolean current(Path out, String fingerprint) {
        Path step = out.resolve(STEP_JSON);
        if (!Files.isRegularFile(step)) {
            return false;
        }
        try {
            JsonNode node = ConfigLoader.jsonMapper().readTree(step.toFile());
            return fingerprint.equals(node.path("fingerprint").asText(null));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code body} into {@code out} unless it is current.
     *
     * @return true when the step ran, false when it was skipped
     */
    static boolean run(String name, Path out, String fingerprint, Body body) {
        if (current(out, fingerprint)) {
            return false;
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".inprogress");
        try {
            deleteTree(tmp);
            Files.createDirectories(tmp);
            long t0 = System.nanoTime();
            body.write(tmp);
            ObjectNode step = ConfigLoader.jsonMapper().createObjectNode();
            step.put("step", name);
            step.put("fingerprint", fingerprint);
            step.put("finished_at", Instant.now().toString());
            step.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1e3);
            step.put("git_commit", BuildInfo.gitCommit());
            step.put("taoxi_version", BuildInfo.version());
            Files.writeString(tmp.resolve(STEP_JSON),
                    ConfigLoader.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(step) + "\n");
            deleteTree(out);
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out);
            }
            return true;
        } catch (IOException e) {
            throw new StageException(name + ": cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
