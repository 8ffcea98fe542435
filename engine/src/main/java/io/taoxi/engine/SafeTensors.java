package io.taoxi.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads safetensors headers (infrastructure). Format: an 8-byte little-endian header length N, N bytes
 * of JSON ({@code name → {dtype, shape, data_offsets:[begin,end]}}, plus optional {@code __metadata__}),
 * then the data; offsets are relative to byte 8+N. Every inconsistency — a header longer than the file,
 * offsets past the end (a truncated file), a byte count that does not match dtype × shape, an unknown
 * dtype — is an {@link EngineException} naming the file and tensor.
 */
public final class SafeTensors {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_HEADER_BYTES = 100L << 20;

  private SafeTensors() {}

  /** The tensors of one file, in header order. */
  public static Map<String, Tensor> read(Path file) {
    long size;
    byte[] header;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      size = ch.size();
      if (size < 8) {
        throw format(file, "file is " + size + " bytes, shorter than the 8-byte header length");
      }
      ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, len, 0);
      long n = len.getLong(0);
      if (n <= 0 || n > MAX_HEADER_BYTES || n > size - 8) {
        throw format(file, "header length " + n + " is impossible for a file of " + size + " bytes");
      }
      ByteBuffer h = ByteBuffer.allocate((int) n);
      readFully(ch, h, 8);
      header = h.array();
    } catch (IOException e) {
      throw new EngineException(EngineException.Category.FORMAT,
          "cannot read safetensors file " + file + ": " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = JSON.readTree(new String(header, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw format(file, "header is not valid JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw format(file, "header is not a JSON object");
    }
    long dataStart = 8L + header.length;
    long dataBytes = size - dataStart;
    Map<String, Tensor> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      if (name.equals("__metadata__")) {
        continue;
      }
      JsonNode t = e.getValue();
      JsonNode dt = t.get("dtype");
      JsonNode sh = t.get("shape");
      JsonNode off = t.get("data_offsets");
      if (dt == null || !dt.isTextual() || sh == null || !sh.isArray() || off == null || !off.isArray()
          || off.size() != 2) {
        throw format(file, "tensor " + name + " lacks dtype, shape or data_offsets");
      }
      DType dtype = DType.fromSafetensors(dt.asText(), name + " in " + file);
      long[] shape = new long[sh.size()];
      for (int i = 0; i < shape.length; i++) {
        if (!sh.get(i).canConvertToLong() || sh.get(i).asLong() < 0) {
          throw format(file, "tensor " + name + " has an invalid shape " + sh);
        }
        shape[i] = sh.get(i).asLong();
      }
      long begin = off.get(0).asLong();
      long end = off.get(1).asLong();
      Tensor tensor = new Tensor(name, file, dataStart + begin, dtype, shape);
      if (begin < 0 || end < begin || end - begin != tensor.bytes()) {
        throw format(file, "tensor " + name + " has data_offsets [" + begin + ", " + end + ") but "
            + dtype + " " + sh + " needs " + tensor.bytes() + " bytes");
      }
      if (end > dataBytes) {
        throw format(file, "truncated: tensor " + name + " needs data bytes [" + begin + ", " + end
            + ") but the file holds only " + dataBytes + " data bytes");
      }
      out.put(name, tensor);
    }
    return out;
  }

  private static void readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
    while (b.hasRemaining()) {
      int r = ch.read(b, pos + b.position());
      if (r < 0) {
        throw new IOException("unexpected end of file");
      }
    }
  }

  private static EngineException format(Path file, String what) {
    return new EngineException(EngineException.Category.FORMAT, file + ": " + what);
  }

  /**
   * The tensors of a model directory: {@code model.safetensors}, or the shards listed by
   * {@code model.safetensors.index.json} (each tensor looked up in the shard its weight_map names).
   */
  public static Map<String, Tensor> readDirectory(Path dir) {
    Path index = dir.resolve("model.safetensors.index.json");
    Path single = dir.resolve("model.safetensors");
    if (Files.isRegularFile(index)) {
      JsonNode root;
      try {
        root = JSON.readTree(index.toFile());
      } catch (IOException e) {
        throw new EngineException(EngineException.Category.FORMAT,
            index + ": cannot parse: " + e.getMessage(), e);
      }
      JsonNode map = root == null ? null : root.get("weight_map");
      if (map == null || !map.isObject()) {
        throw new EngineException(EngineException.Category.FORMAT, index + ": no weight_map object");
      }
      Map<String, Map<String, Tensor>> shards = new LinkedHashMap<>();
      Map<String, Tensor> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String shard = e.getValue().asText();
        if (shard.contains("/") || shard.contains("\\")) {
          throw new EngineException(EngineException.Category.FORMAT,
              index + ": shard name '" + shard + "' must be a file in the model directory");
        }
        Path shardFile = dir.resolve(shard);
        if (!Files.isRegularFile(shardFile)) {
          throw new EngineException(EngineException.Category.FORMAT,
              index + ": shard " + shard + " (for " + e.getKey() + ") does not exist");
        }
        Map<String, Tensor> tensors = shards.computeIfAbsent(shard, s -> read(shardFile));
        Tensor t = tensors.get(e.getKey());
        if (t == null) {
          throw new EngineException(EngineException.Category.TENSOR,
              index + ": weight_map puts " + e.getKey() + " in " + shard + " but that shard lacks it");
        }
        out.put(e.getKey(), t);
      }
      return out;
    }
    if (Files.isRegularFile(single)) {
      return read(single);
    }
    throw new EngineException(EngineException.Category.FORMAT,
        dir + ": neither model.safetensors nor model.safetensors.index.json exists");
  }
}
