package io.taoxi.tokenizer.audit;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile-bootstrap confidence interval of a ratio of sums, {@code Σ num / Σ den}, resampling the
 * paired items (sentences) with replacement (an operator: pure; seeded, so reruns give the same interval).
 *
 * <p>Example: num = [2, 4], den = [1, 2] → ratio 2.0 and interval [2.0, 2.0] (every resample has ratio 2).
 */
public final class Bootstrap {
    private Bootstrap() {}

    /** {ratio, low, high}; NaNs when there are no items or Σ den = 0. */
    public static double[] ratioOfSums(long[] num, long[] den, int samples, long seed, double confidence) {
        if (num.length != den.length) {
            throw new IllegalArgumentException("num has " + num.length + " items, den " + den.length);
        }
        int n = num.length;
        long sn = 0;
        long sd = 0;
        for (int i = 0; i < n; i++) {
            sn += num[i];
            sd += den[i];
        }
        if (n == 0 || sd == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double ratio = (double) sn / sd;
        if (samples <= 0) {
            return new double[] {ratio, Double.NaN, Double.NaN};
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[] stats = new double[samples];
        int kept = 0;
        for (int b = 0; b < samples; b++) {
            long a = 0;
            long d = 0;
            for (int i = 0; i < n; i++) {
                int k = r.nextInt(n);
                a += num[k];
                d += den[k];
            }
            if (d > 0) {
                stats[kept++] = (double) a / d;
            }
        }
        double[] s = Arrays.copyOf(stats, kept);
        Arrays.sort(s);
        double alpha = 1 - confidence;
        return new double[] {ratio, quantile(s, alpha / 2), quantile(s, 1 - alpha / 2)};
    }

    /** Linear-interpolated quantile of sorted values (type 7, as R's and NumPy's default). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
