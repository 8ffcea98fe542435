package io.taoxi.jobs.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.engine.Qwen2Config;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score section: defaults, resolution against the model, and errors that name the key. */
class ScoreSpecTest {
    @Test
    void defaults() {
        ScoreSpec s = ScoreSpec.defaults();
        assertNull(s.model());
        assertEquals("native", s.engine());
        assertNull(s.windowTokens());
        assertNull(s.strideTokens());
        assertEquals(Boolean.TRUE, s.prependEndOfText());
        assertEquals(0, s.threads());
        assertEquals(4096, s.batchTokens());
        assertEquals(List.of("head", "middle"), s.keepBuckets());
        assertEquals(0.3, s.headPercentile());
        assertEquals(0.6, s.tailPercentile());
        assertEquals(Map.of(), s.maxPerplexityByLang());
        // The window: the model's context capped at 1024; stride half of it.
        assertEquals(new ScoreSpec.Resolved(1024, 512), s.resolve(Qwen2Config.qwen2_0_5b()));
        assertEquals(new ScoreSpec.Resolved(256, 128),
                s.resolve(Qwen2Config.shape(32, 1, 4, 2, 64, 100).withMaxPositionEmbeddings(256)));
        assertEquals(Double.POSITIVE_INFINITY, s.maxPerplexity("zh-Hans"));
    }

    @Test
    void ceilingsFallBackToDefault() {
        ScoreSpec s = new ScoreSpec("m", null, null, null, null, null, null, null, null, null,
                Map.of("default", 500.0, "zh-Hans", 80.0));
        assertEquals(80.0, s.maxPerplexity("zh-Hans"));
        assertEquals(500.0, s.maxPerplexity("ja"));
        assertEquals(500.0, s.maxPerplexity(""));
    }

    @Test
    void bucketsAreCheckedAndOrdered() {
        ScoreSpec s = new ScoreSpec(null, "REFERENCE", null, null, null, null, null, List.of("tail", "head"), null,
                null, null);
        assertEquals(List.of("head", "tail"), s.keepBuckets());
        assertEquals("reference", s.engine());
    }

    @Test
    void errorsNameTheKey() {
        assertMessage("score.engine = cuda: must be native or reference",
                () -> new ScoreSpec(null, "cuda", null, null, null, null, null, null, null, null, null));
        assertMessage("score.window_tokens = 1",
                () -> new ScoreSpec(null, null, 1, null, null, null, null, null, null, null, null));
        assertMessage("score.stride_tokens = 64: must be in [1, window_tokens = 32]",
                () -> new ScoreSpec(null, null, 32, 64, null, null, null, null, null, null, null));
        assertMessage("score.keep_buckets = [head, best]",
                () -> new ScoreSpec(null, null, null, null, null, null, null, List.of("head", "best"), null, null, null));
        assertMessage("score.keep_buckets = []",
                () -> new ScoreSpec(null, null, null, null, null, null, null, List.of(), null, null, null));
        assertMessage("score.tail_percentile = 0.2: must be in (head_percentile = 0.3, 1)",
                () -> new ScoreSpec(null, null, null, null, null, null, null, null, null, 0.2, null));
        assertMessage("score.max_perplexity_by_lang.en = 0.5",
                () -> new ScoreSpec(null, null, null, null, null, null, null, null, null, null, Map.of("en", 0.5)));
        assertMessage("score.threads = -1",
                () -> new ScoreSpec(null, null, null, null, null, -1, null, null, null, null, null));
        assertMessage("score.window_tokens = 4096: exceeds the model's max_position_embeddings = 256",
                () -> new ScoreSpec(null, null, 4096, null, null, null, null, null, null, null, null)
                        .resolve(Qwen2Config.shape(32, 1, 4, 2, 64, 100).withMaxPositionEmbeddings(256)));
    }

    @Test
    void yamlSectionUsesSnakeCaseAndRejectsUnknownKeys() throws Exception {
        JsonNode root = ConfigLoader.yamlMapper().readTree("score:\n  model: /m\n  window_tokens: 512\n"
                + "  keep_buckets: [head]\n  max_perplexity_by_lang: {zh-Hans: 300}\n");
        ScoreSpec s = ScoreCommand.section(root, "score", ScoreSpec.class, Path.of("x.yaml"));
        assertEquals("/m", s.model());
        assertEquals(512, s.windowTokens());
        assertEquals(List.of("head"), s.keepBuckets());
        assertEquals(300.0, s.maxPerplexityByLang().get("zh-Hans"));
        JsonNode bad = ConfigLoader.yamlMapper().readTree("score:\n  windows: 512\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ScoreCommand.section(bad, "score", ScoreSpec.class, Path.of("x.yaml")));
        assertTrue(e.getMessage().startsWith("x.yaml: unknown key 'score.windows'"), e.getMessage());
        JsonNode range = ConfigLoader.yamlMapper().readTree("score:\n  head_percentile: 1.5\n");
        ConfigException r = assertThrows(ConfigException.class,
                () -> ScoreCommand.section(range, "score", ScoreSpec.class, Path.of("x.yaml")));
        assertEquals("x.yaml: score.head_percentile = 1.5: must be in (0, 1)", r.getMessage());
        // The resolved spec serialises with the same keys (manifest config).
        JsonNode back = ConfigLoader.jsonMapper().valueToTree(s);
        assertEquals(512, back.path("window_tokens").asInt());
    }

    private static void assertMessage(String prefix, org.junit.jupiter.api.function.Executable e) {
        ConfigException x = assertThrows(ConfigException.class, e);
        assertTrue(x.getMessage().startsWith(prefix), x.getMessage());
    }
}
