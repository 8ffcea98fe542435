package io.taoxi.filters.pii;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated PII benchmark: recall and precision per type, printed, with a floor of 0.99 each.
 * A detection counts as correct when its type is right and its text is the embedded identifier.
 */
class PiiBenchmarkTest {
    static final long SEED = 20261130L;
    static final int PER_TYPE = 1000;

    @Test
    void recallAndPrecisionPerType() {
        List<PiiBenchmarkGenerator.Case> cases = new PiiBenchmarkGenerator(SEED).generate(PER_TYPE);
        PiiScanner scanner = new PiiScanner(PiiScanner.Spec.defaults());
        Map<PiiType, int[]> stats = new EnumMap<>(PiiType.class); // tp, fp, fn
        for (PiiType t : PiiType.values()) {
            stats.put(t, new int[3]);
        }
        StringBuilder failures = new StringBuilder();
        int hardNegatives = 0;
        int hardNegativesTouched = 0;
        for (PiiBenchmarkGenerator.Case c : cases) {
            List<PiiMatch> found = scanner.scan(c.text());
            hardNegatives += c.hardNegative() ? 1 : 0;
            hardNegativesTouched += c.hardNegative() && !found.isEmpty() ? 1 : 0;
            for (PiiBenchmarkGenerator.Expected e : c.expected()) {
                boolean hit = found.stream().anyMatch(m -> m.type() == e.type() && m.value().equals(e.value()));
                stats.get(e.type())[hit ? 0 : 2]++;
                if (!hit && failures.length() < 4000) {
                    failures.append("  missed ").append(e.type()).append(": ").append(c.text()).append(" found=")
                            .append(found).append('\n');
                }
            }
            for (PiiMatch m : found) {
                boolean expected = c.expected().stream()
                        .anyMatch(e -> e.type() == m.type() && e.value().equals(m.value()));
                if (!expected) {
                    stats.get(m.type())[1]++;
                    if (failures.length() < 4000) {
                        failures.append("  false ").append(m).append(" in: ").append(c.text()).append('\n');
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format("PII benchmark (seed %d, %d per type, %d hard negatives,"
                + " %d of them touched)%n%-14s %6s %6s %6s %9s %9s%n", SEED, PER_TYPE, hardNegatives,
                hardNegativesTouched, "type", "tp", "fp", "fn", "recall", "precision"));
        boolean ok = true;
        for (PiiType t : PiiType.values()) {
            int[] s = stats.get(t);
            double recall = s[0] / (double) Math.max(1, s[0] + s[2]);
            double precision = s[0] / (double) Math.max(1, s[0] + s[1]);
            table.append(String.format("%-14s %6d %6d %6d %9.4f %9.4f%n", t.key(), s[0], s[1], s[2], recall, precision));
            ok &= recall >= 0.99 && precision >= 0.99;
        }
        System.out.print(table);
        System.out.print(failures);
        assertTrue(ok, table + "\n" + failures);
    }
}
