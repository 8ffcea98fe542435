package io.taoxi.filters.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.dedup.NearDupGenerator.Edit;
import io.taoxi.filters.dedup.NearDupGenerator.Pair;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the labelled near-duplicate benchmark at the default settings (FineWeb 14 × 8, 5-character
 * / 5-word shingles, verification at 0.7). All documents of all pairs go into one pool and are clustered
 * together ({@link NearDupReference}), so a false positive can come from any two documents, not only
 * from the labelled pair. Per edit type: TP = its duplicate pairs that share a cluster, FN = those that do
 * not, FP = same-cluster pairs that involve one of its documents and are not a labelled duplicate. Prints
 * the table; asserts F1 ≥ 0.95 per duplicate edit type and no hard negative merged.
 */
class NearDupBenchmarkTest {
    static final long SEED = 20261206L;
    static final int PER_LANGUAGE = 60;

    record Row(String edit, long tp, long fp, long fn, double meanJ, double minJ, double maxJ) {
        double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }
    }

    static List<Row> evaluate(List<Pair> pairs, LshBands lsh, boolean verify, double threshold, int shingleChars) {
        Signer signer = new Signer(new Shingler.Spec(shingleChars, 5, 5), lsh.numPermutations(), 1, 5);
        List<NearDupReference.Input> inputs = new ArrayList<>();
        Map<Long, Integer> pairOf = new HashMap<>();
        Map<Edit, double[]> jStats = new EnumMap<>(Edit.class);
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            long ua = Hash64.uid64(p.a().id());
            long ub = Hash64.uid64(p.b().id());
            long[] sa = signer.signature(p.a().text(), Shingler.Mode.TEXT);
            long[] sb = signer.signature(p.b().text(), Shingler.Mode.TEXT);
            inputs.add(new NearDupReference.Input(ua, sa, 0));
            inputs.add(new NearDupReference.Input(ub, sb, 0));
            pairOf.put(ua, i);
            pairOf.put(ub, i);
            double j = MinHash.jaccard(sa, sb);
            double[] s = jStats.computeIfAbsent(p.edit(), e -> new double[] {0, 0, 1, 0});
            s[0] += j;
            s[1]++;
            s[2] = Math.min(s[2], j);
            s[3] = Math.max(s[3], j);
        }
        Map<Long, Long> comp = NearDupReference.components(inputs, lsh, verify, threshold);
        Map<Long, List<Long>> members = new HashMap<>();
        comp.forEach((u, root) -> members.computeIfAbsent(root, r -> new ArrayList<>()).add(u));
        Map<Edit, long[]> counts = new EnumMap<>(Edit.class);
        for (Edit e : Edit.values()) {
            counts.put(e, new long[3]);
        }
        for (Pair p : pairs) {
            long ua = Hash64.uid64(p.a().id());
            long ub = Hash64.uid64(p.b().id());
            boolean same = comp.containsKey(ua) && comp.get(ua).equals(comp.get(ub));
            long[] c = counts.get(p.edit());
            if (p.duplicate()) {
                c[same ? 0 : 2]++;
            } else if (same) {
                c[1]++;
            }
        }
        for (List<Long> m : members.values()) {
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    int pi = pairOf.get(m.get(i));
                    int pj = pairOf.get(m.get(j));
                    if (pi == pj) {
                        continue;   // the labelled pair: counted above
                    }
                    counts.get(pairs.get(pi).edit())[1]++;
                    counts.get(pairs.get(pj).edit())[1]++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        long[] total = new long[3];
        for (Edit e : Edit.values()) {
            long[] c = counts.get(e);
            double[] s = jStats.get(e);
            rows.add(new Row(e.label(), c[0], c[1], c[2], s[0] / s[1], s[2], s[3]));
            for (int k = 0; k < 3; k++) {
                total[k] += c[k];
            }
        }
        rows.add(new Row("all", total[0], total[1], total[2], Double.NaN, Double.NaN, Double.NaN));
        return rows;
    }

    static String table(String title, List<Row> rows) {
        StringBuilder b = new StringBuilder(title).append('\n');
        b.append(String.format(Locale.ROOT, "%-22s %5s %5s %5s %9s %7s %7s   %s%n", "edit", "TP", "FP", "FN",
                "precision", "recall", "F1", "est. Jaccard of the pair mean [min, max]"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %7s %7s   %s%n", r.edit(), r.tp(), r.fp(), r.fn(),
                    r.precision(), Double.isNaN(r.recall()) ? "-" : String.format(Locale.ROOT, "%.3f", r.recall()),
                    Double.isNaN(r.f1()) ? "-" : String.format(Locale.ROOT, "%.3f", r.f1()),
                    Double.isNaN(r.meanJ()) ? "" : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", r.meanJ(), r.minJ(),
                            r.maxJ())));
        }
        return b.toString();
    }

    @Test
    void defaultSettingsReachTheF1Floor() {
        List<Pair> pairs = new NearDupGenerator(SEED).pairs(PER_LANGUAGE);
        List<Row> rows = evaluate(pairs, LshBands.FINEWEB, true, 0.7, 5);
        System.out.println(table("near-dup benchmark, seed " + SEED + ", " + pairs.size()
                + " pairs, FineWeb 14x8, verify >= 0.7", rows));
        if (Boolean.getBoolean("taoxi.dedup.sweep")) {
            System.out.println(table("no verification", evaluate(pairs, LshBands.FINEWEB, false, 0.7, 5)));
            System.out.println(table("NeMo 20x13, verify >= 0.8", evaluate(pairs, LshBands.NEMO, true, 0.8, 5)));
            LshBands opt = LshBands.optimal(0.7, 112, 0.5, 0.5);
            System.out.println(table("optimal(0.7, 112) = " + opt, evaluate(pairs, opt, true, 0.7, 5)));
        }
        for (Row r : rows) {
            if (!Double.isNaN(r.f1())) {
                assertTrue(r.f1() >= 0.95, "seed " + SEED + ": " + r);
            }
            if (r.edit().endsWith("_negative")) {
                assertTrue(r.fp() <= 1, "seed " + SEED + ": " + r);
            }
        }
    }
}
