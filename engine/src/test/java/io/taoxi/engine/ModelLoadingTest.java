package io.taoxi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading Hugging Face directories: formats, shapes, tying, and every kind of damage as an exception. */
class ModelLoadingTest {
  static final Qwen2Config SHAPE = Qwen2Config.shape(16, 2, 4, 2, 24, 50);

  @Test
  void writtenModelLoadsWithCheckedShapes(@TempDir Path dir) {
    TestModels.write(dir, SHAPE, 1, DType.BF16, false);
    Qwen2Model m = Qwen2Model.load(dir);
    assertEquals(SHAPE, m.config());
    assertEquals(DType.BF16, m.dtype());
    assertEquals(m.tensor("model.embed_tokens.weight"), m.outputProjection());
    assertEquals(1 + 2 * 12 + 2, m.nativeOrder().size());
  }

  @Test
  void untiedHasLmHeadAndShardsReadBack(@TempDir Path dir) {
    TestModels.write(dir, SHAPE, 1, DType.F16, true, 3);
    assertTrue(Files.exists(dir.resolve("model.safetensors.index.json")));
    assertTrue(Files.exists(dir.resolve("model-00003-of-00003.safetensors")));
    Qwen2Model m = Qwen2Model.load(dir);
    assertFalse(m.config().tieWordEmbeddings());
    assertEquals("lm_head.weight", m.outputProjection().name());
    float[] head = m.outputProjection().toFloats();
    assertEquals(50 * 16, head.length);
  }

  @Test
  void sameSeedSameBytesAndDtypesRoundTrip(@TempDir Path dir) throws Exception {
    TestModels.write(dir.resolve("a"), SHAPE, 9, DType.F32, false);
    TestModels.write(dir.resolve("b"), SHAPE, 9, DType.F32, false);
    TestModels.write(dir.resolve("c"), SHAPE, 9, DType.BF16, false);
    TestModels.write(dir.resolve("d"), SHAPE, 9, DType.F16, false);
    assertEquals(-1L, Files.mismatch(dir.resolve("a/model.safetensors"), dir.resolve("b/model.safetensors")));
    float[] f = Qwen2Model.load(dir.resolve("a")).tensor("model.layers.1.mlp.up_proj.weight").toFloats();
    float[] bf = Qwen2Model.load(dir.resolve("c")).tensor("model.layers.1.mlp.up_proj.weight").toFloats();
    float[] h = Qwen2Model.load(dir.resolve("d")).tensor("model.layers.1.mlp.up_proj.weight").toFloats();
    for (int i = 0; i < f.length; i++) {
      assertEquals(DType.BF16.round(f[i]), bf[i], 0);
      assertEquals(DType.F16.round(f[i]), h[i], 0);
      assertEquals(f[i], bf[i], Math.abs(f[i]) / 128);
    }
  }

  @Test
  void halfConversionsAreExact() {
    assertEquals(1.0f, Half.toFloat(Half.fromFloat(1.0f)));
    assertEquals(65504f, Half.toFloat(Half.fromFloat(65504f)));
    assertEquals(Float.POSITIVE_INFINITY, Half.toFloat(Half.fromFloat(65520f)));
    assertEquals(0x1p-24f, Half.toFloat(Half.fromFloat(0x1p-24f)));
    assertEquals(0f, Half.toFloat(Half.fromFloat(0x1p-26f)));
    assertEquals((short) 0x3c00, Half.fromFloat(1.0f + 0x1p-11f)); // tie → even
    assertEquals((short) 0x3c02, Half.fromFloat(1.0f + 3 * 0x1p-11f)); // tie → even (up)
    assertTrue(Float.isNaN(Half.toFloat(Half.fromFloat(Float.NaN))));
    assertEquals((short) 0x3f80, DType.floatToBf16(1.0f));
    assertEquals((short) 0x3f80, DType.floatToBf16(1.0f + 0x1p-8f)); // tie → even
    assertEquals((short) 0x3f82, DType.floatToBf16(1.0f + 3 * 0x1p-8f));
  }

  @Test
  void truncatedFile(@TempDir Path dir) throws Exception {
    TestModels.write(dir, SHAPE, 1, DType.F32, false);
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("model.safetensors").toFile(), "rw")) {
      f.setLength(f.length() - 10);
    }
    EngineException e = assertThrows(EngineException.class, () -> Qwen2Model.load(dir));
    assertEquals(EngineException.Category.FORMAT, e.category());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("model.safetensors").toFile(), "rw")) {
      f.setLength(5);
    }
    e = assertThrows(EngineException.class, () -> Qwen2Model.load(dir));
    assertTrue(e.getMessage().contains("shorter than the 8-byte header"), e.getMessage());
  }

  @Test
  void wrongShapeNamesTensorAndShapes(@TempDir Path dir) throws Exception {
    TestModels.write(dir, SHAPE, 1, DType.F32, false);
    Path cfg = dir.resolve("config.json");
    Files.writeString(cfg, Files.readString(cfg).replace("\"intermediate_size\" : 24",
        "\"intermediate_size\" : 32"));
    EngineException e = assertThrows(EngineException.class, () -> Qwen2Model.load(dir));
    assertEquals(EngineException.Category.TENSOR, e.category());
    assertTrue(e.getMessage().contains("model.layers.0.mlp.gate_proj.weight has shape [24, 16]"),
        e.getMessage());
  }

  @Test
  void missingLmHeadWhenUntied(@TempDir Path dir) throws Exception {
    TestModels.write(dir, SHAPE, 1, DType.F32, false);
    Path cfg = dir.resolve("config.json");
    Files.writeString(cfg, Files.readString(cfg).replace("\"tie_word_embeddings\" : true",
        "\"tie_word_embeddings\" : false"));
    EngineException e = assertThrows(EngineException.class, () -> Qwen2Model.load(dir));
    assertTrue(e.getMessage().contains("missing tensor lm_head.weight"), e.getMessage());
  }

  @Test
  void unknownDtypeAndBadHeaders(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.safetensors");
    writeRaw(f, "{\"a\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]}}", 16);
    EngineException e = assertThrows(EngineException.class, () -> SafeTensors.read(f));
    assertEquals(EngineException.Category.TENSOR, e.category());
    assertTrue(e.getMessage().contains("unsupported dtype I64"), e.getMessage());
    writeRaw(f, "{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8);
    assertTrue(assertThrows(EngineException.class, () -> SafeTensors.read(f)).getMessage()
        .contains("needs 12 bytes"));
    writeRaw(f, "{not json", 0);
    assertTrue(assertThrows(EngineException.class, () -> SafeTensors.read(f)).getMessage()
        .contains("not valid JSON"));
    Files.write(f, new byte[] {(byte) 0xff, (byte) 0xff, 0, 0, 0, 0, 0, 0, 1, 2});
    assertTrue(assertThrows(EngineException.class, () -> SafeTensors.read(f)).getMessage()
        .contains("impossible"));
    writeRaw(f, "{\"__metadata__\":{\"format\":\"pt\"},\"b\":{\"dtype\":\"BF16\",\"shape\":[2,2],"
        + "\"data_offsets\":[0,8]}}", 8);
    Map<String, Tensor> ok = SafeTensors.read(f);
    assertEquals(1, ok.size());
  }

  @Test
  void configErrorsNameTheKey(@TempDir Path dir) throws Exception {
    TestModels.write(dir, SHAPE, 1, DType.F32, false);
    Path cfg = dir.resolve("config.json");
    String good = Files.readString(cfg);
    Files.writeString(cfg, good.replace("\"num_key_value_heads\" : 2", "\"num_key_value_heads\" : 3"));
    assertTrue(assertThrows(EngineException.class, () -> Qwen2Model.load(dir)).getMessage()
        .contains("not a multiple of num_key_value_heads 3"));
    Files.writeString(cfg, good.replace("\"rope_scaling\" : null", "\"rope_scaling\" : {\"type\":\"yarn\"}"));
    assertTrue(assertThrows(EngineException.class, () -> Qwen2Model.load(dir)).getMessage()
        .contains("rope_scaling"));
    Files.writeString(cfg, good.replace("\"hidden_size\" : 16,", ""));
    EngineException e = assertThrows(EngineException.class, () -> Qwen2Model.load(dir));
    assertEquals(EngineException.Category.CONFIG, e.category());
    assertTrue(e.getMessage().contains("missing key hidden_size"), e.getMessage());
    assertThrows(EngineException.class, () -> Qwen2Model.load(dir.resolve("nope")));
    Files.delete(dir.resolve("model.safetensors"));
    Files.writeString(cfg, good);
    assertTrue(assertThrows(EngineException.class, () -> Qwen2Model.load(dir)).getMessage()
        .contains("neither model.safetensors"));
  }

  @Test
  void scoreOptionsValidate() {
    assertThrows(EngineException.class, () -> new ScoreOptions(1, 1, true, false));
    assertThrows(EngineException.class, () -> new ScoreOptions(8, 9, true, false));
    assertThrows(EngineException.class, () -> new ScoreOptions(8, 0, true, false));
    ScoreOptions d = ScoreOptions.defaults(512);
    assertEquals(256, d.strideTokens());
    assertTrue(d.prependEndOfText());
    assertFalse(d.perTokenLogProbs());
  }

  private static void writeRaw(Path f, String header, int dataBytes) throws Exception {
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(h.length).put(h);
    Files.write(f, b.array());
  }
}
