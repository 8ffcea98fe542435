package io.taoxi.jobs.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.tokenizer.MixturePlan.Group;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rates, caps, matching of entries, and the per-document draws. */
class MixturePlanTest {
    static final String YAML = """
            target_tokens: 1000
            max_repetitions: 3
            epoch: 7
            weights:
              web: { zh-Hans: 0.5, en: 0.2, "*": 0.1 }
              code: { "*": 0.2 }
            """;

    @Test
    void ratesDownSampleUpSampleAndCap() {
        MixtureSpec spec = MixtureSpec.parse(YAML, "test");
        Map<Group, Long> available = new TreeMap<>(Map.of(
                new Group("web", "zh-Hans"), 2000L,   // target 500 → rate 0.25
                new Group("web", "en"), 100L,         // target 200 → rate 2
                new Group("web", "ja"), 10L,          // web/* target 100 over ja+ko = 20 → 5, capped at 3
                new Group("web", "ko"), 10L,
                new Group("code", ""), 400L,          // code/* target 200 → 0.5
                new Group("forum", "zh-Hans"), 50L)); // no entry → 0
        MixturePlan plan = MixturePlan.plan(spec, available);
        assertEquals(0.25, plan.rate("web", "zh-Hans"), 1e-12);
        assertEquals(2.0, plan.rate("web", "en"), 1e-12);
        assertEquals(3.0, plan.rate("web", "ja"), 1e-12);
        assertEquals(3.0, plan.rate("web", "ko"), 1e-12);
        assertEquals(0.5, plan.rate("code", ""), 1e-12);
        assertEquals(0.0, plan.rate("forum", "zh-Hans"), 1e-12);
        MixturePlan.Entry web = plan.entries().get(new Group("web", "*"));
        assertTrue(web.capped());
        assertEquals(60.0, web.expectedTokens(), 1e-9);
        assertEquals(500 + 200 + 60 + 200, plan.expectedTokens(), 1e-9);
        Map<String, Object> report = plan.report(null, false);
        assertEquals(List.of("forum/zh-Hans"), report.get("groups_without_weight"));
    }

    @Test
    void copiesAreDeterministicAndMatchTheRateOnAverage() {
        int n = 200_000;
        for (double rate : new double[] {0.0, 0.1, 0.5, 1.0, 1.3, 2.75}) {
            long copies = 0;
            for (int i = 0; i < n; i++) {
                String id = Integer.toHexString(i * 2654435761L > 0 ? i : -i) + "-" + i;
                int c = MixturePlan.copies(id, 3, rate);
                assertEquals(c, MixturePlan.copies(id, 3, rate));
                assertTrue(c == Math.floor(rate) || c == Math.floor(rate) + 1, rate + " → " + c);
                copies += c;
            }
            assertEquals(rate, copies / (double) n, 0.01, "mean copies at rate " + rate);
        }
        // another epoch draws another sample
        int differ = 0;
        for (int i = 0; i < 1000; i++) {
            if (MixturePlan.copies("doc" + i, 0, 0.5) != MixturePlan.copies("doc" + i, 1, 0.5)) {
                differ++;
            }
        }
        assertTrue(differ > 350 && differ < 650, "epochs 0 and 1 differ on " + differ + " of 1000");
        // the hash is frozen: changing it changes every sample (bump the tokenize operator version)
        assertEquals(0.8209760496471201, MixturePlan.unit("0123456789abcdef0123456789abcdef", 0), 0.0);
    }

    @Test
    void mostSpecificEntryWins() {
        MixtureSpec spec = MixtureSpec.parse("""
                target_tokens: 10
                max_repetitions: 1
                weights:
                  web: { en: 1, "*": 1 }
                  "*": { en: 1, "*": 1 }
                """, "t");
        assertEquals(new Group("web", "en"), spec.entryFor("web", "en"));
        assertEquals(new Group("web", "*"), spec.entryFor("web", "fr"));
        assertEquals(new Group("*", "en"), spec.entryFor("code", "en"));
        assertEquals(new Group("*", "*"), spec.entryFor("code", ""));
    }

    @Test
    void invalidSpecsFailNamingTheKey() {
        assertTrue(assertThrows(ConfigException.class, () -> MixtureSpec.parse(
                "target_tokens: 0\nmax_repetitions: 2\nweights: {web: {en: 1}}", "m.yaml")).getMessage()
                .contains("target_tokens"));
        assertTrue(assertThrows(ConfigException.class, () -> MixtureSpec.parse(
                "target_tokens: 5\nmax_repetitions: 0.5\nweights: {web: {en: 1}}", "m.yaml")).getMessage()
                .contains("max_repetitions"));
        assertTrue(assertThrows(ConfigException.class, () -> MixtureSpec.parse(
                "target_tokens: 5\nmax_repetitions: 2\nweights: {web: {en: -1}}", "m.yaml")).getMessage()
                .contains("weights.web.en"));
        String unknown = assertThrows(ConfigException.class, () -> MixtureSpec.parse(
                "target_tokens: 5\nmax_repetitions: 2\nmax_repetition: 2\nweights: {web: {en: 1}}", "m.yaml")).getMessage();
        assertTrue(unknown.contains("'max_repetition'") && unknown.contains("m.yaml"), unknown);
        assertTrue(assertThrows(ConfigException.class, () -> MixtureSpec.parse(
                "target_tokens: 5\nmax_repetitions: 2\nestimate_sample_fraction: 0\nweights: {web: {en: 1}}",
                "m.yaml")).getMessage().contains("estimate_sample_fraction"));
    }

    @Test
    void theExampleInDocsParses() throws Exception {
        Path example = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/mixture-example.yaml");
        MixtureSpec spec = MixtureSpec.load(example);
        assertEquals(2_000_000_000_000L, spec.targetTokens());
        assertFalse(spec.weights().isEmpty());
        assertTrue(Files.readString(example).contains("#"));
    }
}
