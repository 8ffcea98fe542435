package io.taoxi.engine;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where one tensor's bytes lie: a file, the absolute byte offset of its data, its dtype and shape.
 * Immutable; reading maps the file region on demand.
 */
public record Tensor(String name, Path file, long offset, DType dtype, long[] shape) {

  public Tensor {
    shape = shape.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  public long elements() {
    long n = 1;
    for (long d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  public long bytes() {
    return elements() * dtype.bytes();
  }

  /** The tensor converted to f32 (row-major). Only for tensors under 2^31 bytes (the reference path). */
  public float[] toFloats() {
    long n = elements();
    if (bytes() > Integer.MAX_VALUE) {
      throw new EngineException(EngineException.Category.TENSOR,
          name + " in " + file + " is too large for the Java reference (" + bytes() + " bytes)");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, offset, bytes());
      b.order(ByteOrder.LITTLE_ENDIAN);
      float[] out = new float[(int) n];
      for (int i = 0; i < out.length; i++) {
        out[i] = dtype.get(b, i);
      }
      return out;
    } catch (IOException e) {
      throw new EngineException(EngineException.Category.FORMAT,
          "cannot read " + name + " from " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return name + " " + dtype + Arrays.toString(shape) + " @" + file.getFileName() + ":" + offset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tensor t && t.name.equals(name) && t.file.equals(file) && t.offset == offset
        && t.dtype == dtype && Arrays.equals(t.shape, shape);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Long.hashCode(offset);
  }
}
