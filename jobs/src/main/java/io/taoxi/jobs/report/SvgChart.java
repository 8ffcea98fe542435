package io.taoxi.jobs.report;

import io.taoxi.jobs.report.ReportDocument.Chart;
import io.taoxi.jobs.report.ReportDocument.Marker;
import io.taoxi.jobs.report.ReportDocument.Series;
import java.util.List;
import java.util.Locale;

/**
  * Draws a {@link Chart} as inline SVG (no JavaScript, no fonts fetched): stacked bars per bin, one colour
  * per series, a y axis of document counts, x ticks in value units, dashed red lines for markers, and an
  * HTML legend under the figure. Every bar has a {@code <title>} (hover text: range, series, count).
  *
  * <p>The {@code <svg>} carries {@code data-bins} and {@code data-total} so a DOM check can tell an
  * empty chart from a drawn one ({@code bench/report-check.sh}).
  */
final class SvgChart {
    static final List<String> PALETTE = List.of("#0969da", "#2da44e", "#d4a72c", "#8250df", "#cf222e", "#1b7c83",
            "#bc4c00", "#6e7781");
    private static final int WIDTH = 960;
    private static final int HEIGHT = 240;
    private static final int LEFT = 60;
    private static final int RIGHT = 16;
    private static final int TOP = 22;
    private static final int BOTTOM = 34;

    private SvgChart() {
    }

    static void render(Chart chart, StringBuilder out) {
        List<Double> edges = chart.edges();
        int bins = edges.size() - 1;
        long[] stacked = new long[Math.max(0, bins)];
        for (Series series : chart.series()) {
            for (int i = 0; i < bins && i < series.counts().length; i++) {
                stacked[i] += series.counts()[i];
            }
        }
        long max = 1;
        for (long value : stacked) {
            max = Math.max(max, value);
        }
        long total = chart.total();
        out.append("<figure>\n<figcaption>").append(HtmlRenderer.escape(chart.title())).append("</figcaption>\n");
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" data-bins=\"").append(bins).append("\" data-total=\"")
                .append(total).append("\" aria-label=\"").append(HtmlRenderer.escape(chart.title())).append("\">\n");
        if (bins <= 0) {
            out.append("</svg>\n</figure>\n");
            return;
        }
        double low = position(chart, edges.get(0));
        double high = position(chart, edges.get(bins));
        double span = high > low ? high - low : 1;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        // axes and y ticks
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#8c959f\"/>\n");
        for (int tick = 0; tick <= 4; tick++) {
            long value = Math.round(max * tick / 4.0);
            double y = HEIGHT - BOTTOM - plotHeight * (double) value / max;
            out.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"#eaeef2\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(Formatting.count(value)).append("</text>\n");
        }
        // bars
        for (int i = 0; i < bins; i++) {
            double x0 = LEFT + plotWidth * (position(chart, edges.get(i)) - low) / span;
            double x1 = LEFT + plotWidth * (position(chart, edges.get(i + 1)) - low) / span;
            double width = Math.max(0.5, x1 - x0 - 1);
            double base = HEIGHT - BOTTOM;
            String range = DataTable.number(edges.get(i)) + " – " + DataTable.number(edges.get(i + 1));
            for (int s = 0; s < chart.series().size(); s++) {
                Series series = chart.series().get(s);
                long count = i < series.counts().length ? series.counts()[i] : 0;
                if (count == 0) {
                    continue;
                }
                double height = plotHeight * (double) count / max;
                base -= height;
                out.append("<rect x=\"").append(f(x0 + 0.5)).append("\" y=\"").append(f(base)).append("\" width=\"")
                        .append(f(width)).append("\" height=\"").append(f(height)).append("\" fill=\"")
                        .append(PALETTE.get(s % PALETTE.size())).append("\"><title>")
                        .append(HtmlRenderer.escape(range + ", " + series.name() + ": " + Formatting.count(count)))
                        .append("</title></rect>\n");
            }
        }
        // x ticks: 6 evenly spaced positions, labelled in value units
        for (int tick = 0; tick <= 5; tick++) {
            double position = low + span * tick / 5;
            double x = LEFT + plotWidth * tick / 5.0;
            double value = chart.log() ? Math.pow(10, position) - 1 : position;
            out.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
                    .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM + 4).append("\" stroke=\"#8c959f\"/>")
                    .append("<text x=\"").append(f(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(HtmlRenderer.escape(DataTable.number(value))).append("</text>\n");
        }
        out.append("<text x=\"").append(LEFT + plotWidth / 2).append("\" y=\"").append(HEIGHT - 2)
                .append("\" text-anchor=\"middle\">").append(HtmlRenderer.escape(chart.xLabel()
                        + (chart.log() ? " (log scale)" : ""))).append("</text>\n");
        // markers
        for (Marker marker : chart.markers()) {
            double position = position(chart, marker.value());
            if (position < low || position > high) {
                continue;
            }
            double x = LEFT + plotWidth * (position - low) / span;
            out.append("<line class=\"marker\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
                    .append(TOP - 6).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>")
                    .append("<text class=\"marker-label\" x=\"").append(f(x + 3)).append("\" y=\"").append(TOP - 8)
                    .append("\">").append(HtmlRenderer.escape(marker.label())).append("</text>\n");
        }
        out.append("</svg>\n<p class=\"legend\">");
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            long count = java.util.Arrays.stream(series.counts()).sum();
            out.append("<span style=\"background:").append(PALETTE.get(s % PALETTE.size())).append("\"></span>")
                    .append(HtmlRenderer.escape(series.name())).append(" (").append(Formatting.count(count)).append(')');
        }
        out.append("</p>\n</figure>\n");
    }

    private static double position(Chart chart, double value) {
        return chart.log() ? Math.log10(1 + Math.max(0, value)) : value;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
