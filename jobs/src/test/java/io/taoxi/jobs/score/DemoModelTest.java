package io.taoxi.jobs.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.engine.Qwen2Config;
import io.taoxi.engine.Qwen2Model;
import io.taoxi.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo model: written once per tokenizer, vocabulary rounded up to 64, deterministic. */
class DemoModelTest {
    @TempDir
    Path dir;

    @Test
    void writtenOnceAndRewrittenForAnotherTokenizer() throws IOException {
        Path tokenizer = ScoreFixtures.trainTokenizer(dir.resolve("tok"), ScoreFixtures.documents(), 330);
        Path model = dir.resolve("models/demo");
        DemoModel.ensure(model, tokenizer);
        Tokenizer t = Tokenizer.load(tokenizer);
        Qwen2Config c = Qwen2Model.load(model).config();
        assertEquals((t.vocabSize() + 63) / 64 * 64, c.vocabSize());
        assertEquals(0, c.vocabSize() % 64);
        assertEquals(64, c.hiddenSize());
        assertEquals(2, c.numLayers());
        assertEquals(4, c.numHeads());
        assertEquals(2, c.numKvHeads());
        assertEquals(128, c.intermediateSize());
        assertEquals(t.tokenId("<|endoftext|>"), c.endOfTextTokenId());
        ScoreModel.inspect(model); // passes the stage's own checks
        byte[] weights = Files.readAllBytes(model.resolve("model.safetensors"));
        long written = Files.getLastModifiedTime(model.resolve("model.safetensors")).toMillis();

        DemoModel.ensure(model, tokenizer);
        assertEquals(written, Files.getLastModifiedTime(model.resolve("model.safetensors")).toMillis(), "not rewritten");

        Path other = dir.resolve("other");
        DemoModel.ensure(other, tokenizer);
        assertTrue(java.util.Arrays.equals(weights, Files.readAllBytes(other.resolve("model.safetensors"))),
                "same tokenizer, same seed: same bytes");

        Path tokenizer2 = ScoreFixtures.trainTokenizer(dir.resolve("tok2"), ScoreFixtures.documents(), 270);
        DemoModel.ensure(model, tokenizer2);
        assertNotEquals(c.endOfTextTokenId(), Qwen2Model.load(model).config().endOfTextTokenId());
        assertEquals(Files.readString(tokenizer2), Files.readString(model.resolve("tokenizer.json")));
        try (var left = Files.list(dir.resolve("models"))) {
            assertEquals(1, left.count(), "no temporary folders left");
        }
    }
}
