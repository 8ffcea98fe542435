package io.taoxi.jobs.toxicity;

import java.util.Arrays;
import java.util.Comparator;

/** Operator: ROC-AUC and the confusion matrix of scores against 0/1 labels. Pure. */
public final class BinaryMetrics {
    private BinaryMetrics() {
    }

    /** Confusion matrix at a threshold (score >= threshold is predicted toxic). */
    public record Confusion(long truePositive, long falsePositive, long trueNegative, long falseNegative) {
        public double precision() {
            return truePositive + falsePositive == 0 ? 0.0 : (double) truePositive / (truePositive + falsePositive);
        }

        public double recall() {
            return truePositive + falseNegative == 0 ? 0.0 : (double) truePositive / (truePositive + falseNegative);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        public double accuracy() {
            long n = truePositive + falsePositive + trueNegative + falseNegative;
            return n == 0 ? 0.0 : (double) (truePositive + trueNegative) / n;
        }
    }

    /** Area under the ROC curve (Mann–Whitney, ties count one half); NaN without both classes. */
    public static double rocAuc(double[] scores, double[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1; // average rank of a tie group, 1-based
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] > 0.5) {
                    rankSumPositive += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    public static Confusion confusion(double[] scores, double[] labels, double threshold) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            boolean actual = labels[i] > 0.5;
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Confusion(tp, fp, tn, fn);
    }
}
