package io.taoxi.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private static final String MINIMAL = "run:\n  output: out/x\ningest:\n  inputs:\n    - path: in/web\n";

    @Test
    void defaultsAreFilledAndStable() {
        PipelineConfig c = ConfigLoader.parse(MINIMAL, "t.yaml");
        assertEquals("local[*]", c.spark().master());
        assertEquals(8, c.spark().shufflePartitions());
        assertEquals(64L << 20, c.ingest().maxRecordBytes());
        assertTrue(c.ingest().verifyDigests());
        assertEquals("web", c.ingest().inputs().get(0).source());
        assertEquals(io.taoxi.filters.html.MainTextExtractor.Spec.defaults(), c.ingest().html());
    }

    @Test
    void theDemoConfigParses() {
        PipelineConfig c = ConfigLoader.load(Path.of("..", "conf", "demo.yaml"));
        assertEquals("demo", c.run().name());
        assertEquals("out/demo-corpus/web", c.ingest().inputs().get(0).path());
        assertTrue(c.score().createTestModel());
        assertEquals(4096, c.tokenizer().vocabSize());
        assertEquals("conf/demo-mixture.yaml", c.tokenize().mixture());
        assertEquals(java.util.List.of("audit/parallel", "audit/code.jsonl"), c.audit().texts());
    }

    @Test
    void theScaleConfigParses() {
        PipelineConfig c = ConfigLoader.load(Path.of("..", "conf", "scale.yaml"));
        assertEquals("scale", c.run().name());
        assertEquals(512, c.score().strideTokens());
        assertEquals(32000, c.tokenizer().vocabSize());
        assertEquals(null, c.tokenize().mixture());
    }

    @Test
    void unknownKeyIsNamedWithWhatIsAllowed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                MINIMAL + "  max_record_byte: 5\n", "t.yaml"));
        assertTrue(e.getMessage().contains("'ingest.max_record_byte'"), e.getMessage());
        assertTrue(e.getMessage().contains("max_record_bytes"), e.getMessage());
    }

    @Test
    void outOfRangeNamesKeyValueAndRange() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                MINIMAL + "  max_record_bytes: 10\n", "t.yaml"));
        assertEquals("t.yaml: ingest.max_record_bytes = 10: must be in [1024, 1073741824]", e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                MINIMAL + "spark:\n  shuffle_partitions: 0\n", "t.yaml"));
        assertTrue(e.getMessage().contains("spark.shuffle_partitions = 0"), e.getMessage());
    }

    @Test
    void operatorSpecErrorsCarryTheirPath() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                MINIMAL + "  html:\n    min_block_chars: -3\n    min_cjk_block_chars: 10\n"
                        + "    max_link_density: 0.5\n    keep_tables: true\n", "t.yaml"));
        assertTrue(e.getMessage().startsWith("t.yaml: ingest.html"), e.getMessage());
        assertTrue(e.getMessage().contains("-3"), e.getMessage());
    }

    @Test
    void wrongTypeAndBadYaml() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                MINIMAL + "  verify_digests: perhaps\n", "t.yaml"));
        assertTrue(e.getMessage().contains("ingest.verify_digests"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("run: [\n", "t.yaml"));
        assertTrue(e.getMessage().startsWith("t.yaml: "), e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(Path.of("no/such.yaml")));
        assertEquals("no/such.yaml: no such file", e.getMessage());
    }

    @Test
    void missingSectionsAndSources() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                "ingest:\n  inputs:\n    - path: x\n", "t.yaml"));
        assertTrue(e.getMessage().contains("run"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                "run:\n  output: o\ningest:\n  inputs:\n    - path: x\n      source: tv\n", "t.yaml"));
        assertTrue(e.getMessage().contains("ingest.inputs[].source = tv"), e.getMessage());
    }
}
