package io.taoxi.engine;

/** IEEE 754 binary16 conversions (Java 17 has none). Rounding is to nearest, ties to even. */
final class Half {
  private Half() {}

  static float toFloat(short h) {
    int s = (h >>> 15) & 1;
    int e = (h >>> 10) & 0x1f;
    int m = h & 0x3ff;
    float v;
    if (e == 0) {
      v = Math.scalb((float) m, -24);
    } else if (e == 31) {
      v = m == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
    } else {
      return Float.intBitsToFloat((s << 31) | ((e - 15 + 127) << 23) | (m << 13));
    }
    return s == 1 ? -v : v;
  }

  static short fromFloat(float f) {
    int bits = Float.floatToRawIntBits(f);
    int sign = (bits >>> 16) & 0x8000;
    int abs = bits & 0x7fffffff;
    if (abs >= 0x7f800000) {
      return (short) (sign | (abs > 0x7f800000 ? 0x7e00 : 0x7c00));
    }
    if (abs >= 0x477ff000) { // >= 65520 rounds to infinity
      return (short) (sign | 0x7c00);
    }
    if (abs < 0x38800000) { // below 2^-14: subnormal half
      int m = (int) Math.rint(Math.abs(f) * 16777216.0f);
      return (short) (sign | m);
    }
    int e = (abs >>> 23) - 127 + 15;
    int mant = abs & 0x7fffff;
    int h = (e << 10) | (mant >>> 13);
    int rem = mant & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (h & 1) == 1)) {
      h++;
    }
    return (short) (sign | h);
  }
}
