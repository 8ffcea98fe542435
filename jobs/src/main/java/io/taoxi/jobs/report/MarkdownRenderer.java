package io.taoxi.jobs.report;

import io.taoxi.jobs.report.ReportDocument.Bar;
import io.taoxi.jobs.report.ReportDocument.Block;
import io.taoxi.jobs.report.ReportDocument.Cell;
import io.taoxi.jobs.report.ReportDocument.Chart;
import io.taoxi.jobs.report.ReportDocument.Collapsible;
import io.taoxi.jobs.report.ReportDocument.Marker;
import io.taoxi.jobs.report.ReportDocument.Preformatted;
import io.taoxi.jobs.report.ReportDocument.Series;
import io.taoxi.jobs.report.ReportDocument.Column;
import io.taoxi.jobs.report.ReportDocument.Facts;
import io.taoxi.jobs.report.ReportDocument.Heading;
import io.taoxi.jobs.report.ReportDocument.Paragraph;
import io.taoxi.jobs.report.ReportDocument.Table;
import java.util.Map;

/**
  * Renders a {@link ReportDocument} as GitHub-flavoured Markdown: pipe tables, bars as Unicode block
  * characters ({@code ████████▌}, 20 cells = 100%, first segment only).
  *
  * <p>Values are escaped so that a reason, source or language containing {@code |}, {@code <script>}
  * or {@code *} stays literal text: {@code <>&} become entities (GitHub renders them back as text inside
  * tables), Markdown punctuation gets a backslash, and line breaks become spaces. An underscore is
  * escaped only at a word edge, so {@code http_status_404} stays readable in the raw file.
  */
final class MarkdownRenderer {
    private static final int BAR_CELLS = 20;
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private MarkdownRenderer() {
    }

    static String render(ReportDocument document) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(document.title())).append("\n");
        renderBlocks(document.blocks(), out);
        return out.toString();
    }

    private static void renderBlocks(java.util.List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            out.append('\n');
            if (block instanceof Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(escape(heading.text())).append('\n');
            } else if (block instanceof Paragraph paragraph) {
                out.append(escape(paragraph.text())).append('\n');
            } else if (block instanceof Facts facts) {
                for (Map.Entry<String, String> line : facts.lines()) {
                    out.append("- **").append(escape(line.getKey())).append(":** ")
                            .append(escape(line.getValue())).append('\n');
                }
            } else if (block instanceof Table table) {
                renderTable(table, out);
            } else if (block instanceof Chart chart) {
                renderChart(chart, out);
            } else if (block instanceof Preformatted text) {
                // Indented code block: nothing inside is interpreted, whatever fences the text holds.
                text.text().lines().forEach(line -> out.append("    ").append(line).append('\n'));
            } else if (block instanceof Collapsible collapsible) {
                out.append("**").append(escape(collapsible.summary())).append("**\n");
                renderBlocks(collapsible.blocks(), out);
            }
        }
    }

    /** A histogram as a table: one row per non-empty bin, the stacked total as a bar of the largest bin. */
    private static void renderChart(Chart chart, StringBuilder out) {
        out.append("**").append(escape(chart.title())).append("**");
        for (Marker marker : chart.markers()) {
            out.append(" · ").append(escape(marker.label())).append(" = ").append(escape(DataTable.number(marker.value())));
        }
        out.append("\n\n| ").append(escape(chart.xLabel())).append(" | docs | |\n|---|---:|---|\n");
        int bins = chart.edges().size() - 1;
        long[] totals = new long[Math.max(0, bins)];
        for (Series series : chart.series()) {
            for (int i = 0; i < bins && i < series.counts().length; i++) {
                totals[i] += series.counts()[i];
            }
        }
        long max = java.util.Arrays.stream(totals).max().orElse(0);
        for (int i = 0; i < bins; i++) {
            if (totals[i] == 0) {
                continue;
            }
            out.append("| ").append(escape(DataTable.number(chart.edges().get(i)) + " – "
                            + DataTable.number(chart.edges().get(i + 1))))
                    .append(" | ").append(Formatting.count(totals[i])).append(" | ")
                    .append(bar(Bar.single(ReportDocument.Kind.NEUTRAL, Formatting.fraction(totals[i], max))))
                    .append(" |\n");
        }
    }

    private static void renderTable(Table table, StringBuilder out) {
        if (table.caption() != null) {
            out.append("**").append(escape(table.caption())).append("**\n\n");
        }
        out.append('|');
        for (Column column : table.columns()) {
            out.append(' ').append(escape(column.name())).append(" |");
        }
        out.append("\n|");
        for (Column column : table.columns()) {
            out.append(column.numeric() ? "---:|" : "---|");
        }
        out.append('\n');
        for (var row : table.rows()) {
            out.append('|');
            for (Cell cell : row) {
                out.append(' ').append(cell.bar() == null ? escape(cell.text()) : bar(cell.bar())).append(" |");
            }
            out.append('\n');
        }
    }

    static String bar(Bar bar) {
        if (bar.segments().isEmpty()) {
            return "";
        }
        int eighths = (int) Math.round(bar.segments().get(0).fraction() * BAR_CELLS * 8);
        return "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
    }

    /** Escapes one value for Markdown text (headings, paragraphs, table cells). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r', '\n', '\t' -> out.append(' ');
                case '\\', '`', '*', '[', ']', '|', '#', '~', '!' -> out.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
                    out.append(inWord ? "_" : "\\_");
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
