package io.taoxi.engine;

import java.nio.ByteBuffer;

/** Weight dtypes the engine reads from safetensors. Codes are shared with the native library. */
public enum DType {
  F32("F32", 4, 0),
  F16("F16", 2, 1),
  BF16("BF16", 2, 2);

  private final String safetensorsName;
  private final int bytes;
  private final int nativeCode;

  DType(String safetensorsName, int bytes, int nativeCode) {
    this.safetensorsName = safetensorsName;
    this.bytes = bytes;
    this.nativeCode = nativeCode;
  }

  public String safetensorsName() {
    return safetensorsName;
  }

  public int bytes() {
    return bytes;
  }

  int nativeCode() {
    return nativeCode;
  }

  /** Parses a safetensors dtype string ("BF16"); any other dtype is a {@link EngineException}. */
  public static DType fromSafetensors(String name, String where) {
    for (DType d : values()) {
      if (d.safetensorsName.equals(name)) {
        return d;
      }
    }
    throw new EngineException(EngineException.Category.TENSOR,
        "unsupported dtype " + name + " for " + where + " (supported: F32, F16, BF16)");
  }

  /** Parses a user-facing name: f32, f16, bf16 (case-insensitive). */
  public static DType parse(String name) {
    for (DType d : values()) {
      if (d.name().equalsIgnoreCase(name)) {
        return d;
      }
    }
    throw new EngineException(EngineException.Category.INPUT,
        "unknown dtype '" + name + "' (allowed: f32, f16, bf16)");
  }

  /** Reads element {@code i} (little-endian buffer) as a float. */
  float get(ByteBuffer b, long i) {
    switch (this) {
      case F32:
        return b.getFloat((int) (i * 4));
      case F16:
        return Half.toFloat(b.getShort((int) (i * 2)));
      default:
        return Float.intBitsToFloat((b.getShort((int) (i * 2)) & 0xffff) << 16);
    }
  }

  /** Writes {@code v} rounded to this dtype (round to nearest even). */
  void put(ByteBuffer b, float v) {
    switch (this) {
      case F32:
        b.putFloat(v);
        break;
      case F16:
        b.putShort(Half.fromFloat(v));
        break;
      default:
        b.putShort(floatToBf16(v));
        break;
    }
  }

  /** Rounds a float to the nearest bf16 (ties to even); NaN stays NaN. */
  static short floatToBf16(float v) {
    int bits = Float.floatToRawIntBits(v);
    if (Float.isNaN(v)) {
      return (short) ((bits >>> 16) | 0x40);
    }
    int rounding = 0x7fff + ((bits >>> 16) & 1);
    return (short) ((bits + rounding) >>> 16);
  }

  /** Value of {@code v} after a round trip through this dtype. */
  float round(float v) {
    switch (this) {
      case F32:
        return v;
      case F16:
        return Half.toFloat(Half.fromFloat(v));
      default:
        return Float.intBitsToFloat((floatToBf16(v) & 0xffff) << 16);
    }
  }
}
