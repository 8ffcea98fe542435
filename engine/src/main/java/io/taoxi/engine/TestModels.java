package io.taoxi.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes random-initialised Qwen2 directories of any shape (config.json + safetensors) for tests,
 * demos and benchmarks. Deterministic in the seed: the same arguments give the same bytes.
 *
 * <p>Scales are chosen so the forward pass is far from trivial: matrices uniform with standard
 * deviation 1/√fan_in, embeddings 1/√hidden (logits then have a standard deviation near 1), norm
 * weights 1 ± 0.2, biases ±0.17. No tokenizer.json is written (the tokenizer module owns that).
 */
public final class TestModels {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestModels() {}

  /** One safetensors file. {@code untied} adds {@code lm_head.weight} and sets tie_word_embeddings=false. */
  public static Qwen2Config write(Path dir, Qwen2Config shape, long seed, DType dtype, boolean untied) {
    return write(dir, shape, seed, dtype, untied, 1);
  }

  /** As {@link #write(Path, Qwen2Config, long, DType, boolean)}, split into {@code shards} files with an index. */
  public static Qwen2Config write(Path dir, Qwen2Config shape, long seed, DType dtype, boolean untied,
      int shards) {
    if (shards < 1) {
      throw new EngineException(EngineException.Category.INPUT, "shards must be >= 1, got " + shards);
    }
    Qwen2Config config = shape.withTiedEmbeddings(!untied);
    try {
      Files.createDirectories(dir);
      ObjectNode cfg = config.toJson(dtype);
      Files.writeString(dir.resolve("config.json"),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(cfg));
      Map<String, long[]> shapes = Qwen2Model.expectedShapes(config);
      List<String> names = new ArrayList<>(shapes.keySet());
      long total = 0;
      for (long[] s : shapes.values()) {
        total += elements(s) * dtype.bytes();
      }
      long perShard = (total + shards - 1) / shards;
      List<List<String>> groups = new ArrayList<>();
      List<String> current = new ArrayList<>();
      long acc = 0;
      for (String n : names) {
        current.add(n);
        acc += elements(shapes.get(n)) * dtype.bytes();
        if (acc >= perShard * (groups.size() + 1) && groups.size() < shards - 1) {
          groups.add(current);
          current = new ArrayList<>();
        }
      }
      groups.add(current);
      if (shards == 1) {
        writeFile(dir.resolve("model.safetensors"), groups.get(0), shapes, names, seed, dtype);
      } else {
        ObjectNode index = JSON.createObjectNode();
        index.putObject("metadata").put("total_size", total);
        ObjectNode map = index.putObject("weight_map");
        for (int g = 0; g < groups.size(); g++) {
          String file = String.format("model-%05d-of-%05d.safetensors", g + 1, groups.size());
          writeFile(dir.resolve(file), groups.get(g), shapes, names, seed, dtype);
          for (String n : groups.get(g)) {
            map.put(n, file);
          }
        }
        Files.writeString(dir.resolve("model.safetensors.index.json"),
            JSON.writerWithDefaultPrettyPrinter().writeValueAsString(index));
      }
    } catch (IOException e) {
      throw new EngineException(EngineException.Category.FORMAT, "cannot write test model to " + dir
          + ": " + e.getMessage(), e);
    }
    return config;
  }

  private static void writeFile(Path file, List<String> group, Map<String, long[]> shapes,
      List<String> allNames, long seed, DType dtype) throws IOException {
    ObjectNode header = JSON.createObjectNode();
    header.putObject("__metadata__").put("format", "pt");
    long off = 0;
    for (String n : group) {
      long bytes = elements(shapes.get(n)) * dtype.bytes();
      ObjectNode t = header.putObject(n);
      t.put("dtype", dtype.safetensorsName());
      var sh = t.putArray("shape");
      for (long d : shapes.get(n)) {
        sh.add(d);
      }
      t.putArray("data_offsets").add(off).add(off + bytes);
      off += bytes;
    }
    byte[] json = JSON.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
    int padded = (json.length + 7) / 8 * 8;
    ByteBuffer head = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
    head.putLong(padded).put(json);
    while (head.hasRemaining()) {
      head.put((byte) ' ');
    }
    head.flip();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      writeAll(ch, head);
      ByteBuffer buf = ByteBuffer.allocateDirect(1 << 22).order(ByteOrder.LITTLE_ENDIAN);
      for (String n : group) {
        long[] s = shapes.get(n);
        long count = elements(s);
        long state = seed * 0x9E3779B97F4A7C15L + allNames.indexOf(n) * 0xBF58476D1CE4E5B9L + 1;
        float center = 0f;
        float half;
        if (n.endsWith("layernorm.weight") || n.equals("model.norm.weight")) {
          center = 1f;
          half = 0.2f;
        } else if (n.endsWith(".bias")) {
          half = 0.3f;
        } else if (s.length == 2) {
          // uniform on [-a, a] has standard deviation a/sqrt(3); aim for 1/sqrt(fan_in)
          half = (float) (Math.sqrt(3.0) / Math.sqrt(s[1]));
        } else {
          half = 0.1f;
        }
        for (long i = 0; i < count; i++) {
          state += 0x9E3779B97F4A7C15L;
          long z = state;
          z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
          z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
          z = z ^ (z >>> 31);
          float u = (z >>> 40) * 0x1.0p-24f * 2f - 1f;
          if (buf.remaining() < 4) {
            buf.flip();
            writeAll(ch, buf);
            buf.clear();
          }
          dtype.put(buf, center + half * u);
        }
      }
      buf.flip();
      writeAll(ch, buf);
    }
  }

  private static void writeAll(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  private static long elements(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }
}
