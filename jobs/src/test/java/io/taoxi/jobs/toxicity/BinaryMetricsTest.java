package io.taoxi.jobs.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
    @Test
    void aucCountsTiesAsHalfAndConfusionAddsUp() {
        assertEquals(1.0, BinaryMetrics.rocAuc(new double[] {0.1, 0.2, 0.8, 0.9}, new double[] {0, 0, 1, 1}), 1e-12);
        assertEquals(0.5, BinaryMetrics.rocAuc(new double[] {0.5, 0.5}, new double[] {0, 1}), 1e-12);
        // positives 0.8, 0.4; negatives 0.6, 0.2: pairs won 3 of 4
        assertEquals(0.75, BinaryMetrics.rocAuc(new double[] {0.8, 0.4, 0.6, 0.2}, new double[] {1, 1, 0, 0}), 1e-12);
        assertTrue(Double.isNaN(BinaryMetrics.rocAuc(new double[] {0.1}, new double[] {1})));
        BinaryMetrics.Confusion c = BinaryMetrics.confusion(new double[] {0.8, 0.4, 0.6, 0.2}, new double[] {1, 1, 0, 0}, 0.5);
        assertEquals(new BinaryMetrics.Confusion(1, 1, 1, 1), c);
        assertEquals(0.5, c.precision(), 1e-12);
        assertEquals(0.5, c.recall(), 1e-12);
    }

    @Test
    void labelWords() {
        assertEquals(1.0, LabeledData.parseLabel("Toxic", 0.5));
        assertEquals(0.0, LabeledData.parseLabel("0", 0.5));
        assertEquals(1.0, LabeledData.parseLabel("0.66", 0.5));
        assertEquals(null, LabeledData.parseLabel("maybe", 0.5));
    }
}
