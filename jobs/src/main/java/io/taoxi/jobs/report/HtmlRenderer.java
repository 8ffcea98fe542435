package io.taoxi.jobs.report;

import io.taoxi.jobs.report.ReportDocument.Bar;
import io.taoxi.jobs.report.ReportDocument.Block;
import io.taoxi.jobs.report.ReportDocument.Cell;
import io.taoxi.jobs.report.ReportDocument.Chart;
import io.taoxi.jobs.report.ReportDocument.Collapsible;
import io.taoxi.jobs.report.ReportDocument.Preformatted;
import io.taoxi.jobs.report.ReportDocument.Column;
import io.taoxi.jobs.report.ReportDocument.Facts;
import io.taoxi.jobs.report.ReportDocument.Heading;
import io.taoxi.jobs.report.ReportDocument.Kind;
import io.taoxi.jobs.report.ReportDocument.Paragraph;
import io.taoxi.jobs.report.ReportDocument.Segment;
import io.taoxi.jobs.report.ReportDocument.Table;
import java.util.Locale;
import java.util.Map;

/**
  * Renders a {@link ReportDocument} as one self-contained HTML file: inline CSS, no JavaScript, no fonts,
  * images or anything else fetched over the network, so it opens the same from a laptop, a CI artifact or
  * an air-gapped cluster. Bars are {@code <span>}s whose width is an inline CSS percentage.
  *
  * <p>Every value goes through {@link #escape}: {@code & < > " '} become entities, so a reason or
  * language such as {@code <script>} is shown as text and never runs. Only numbers computed here (bar
  * widths) are written into attributes unescaped.
  */
final class HtmlRenderer {
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;\
            color:#1f2328;background:#fff;margin:0}
            main{max-width:1280px;margin:0 auto;padding:24px}
            .scroll{overflow-x:auto;max-width:100%}
            h1{font-size:24px;margin:0 0 8px}h2{font-size:19px;margin:32px 0 8px;padding-bottom:4px;\
            border-bottom:1px solid #d0d7de}h3{font-size:15px;margin:20px 0 6px}
            table{border-collapse:collapse;margin:6px 0 12px;font-variant-numeric:tabular-nums}
            caption{text-align:left;font-weight:600;padding:4px 0}
            th,td{border:1px solid #d0d7de;padding:3px 8px;vertical-align:middle}
            th{background:#f6f8fa;text-align:left}td.num,th.num{text-align:right;white-space:nowrap}
            td.barcell{width:220px;min-width:120px}
            .bar{display:flex;height:12px;background:#eef1f4;border-radius:2px;overflow:hidden}
            .bar span{display:block;height:100%}
            .kept{background:#2da44e}.dropped{background:#d4a72c}.quarantined{background:#cf222e}\
            .neutral{background:#0969da}
            dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px;margin:6px 0}
            dt{font-weight:600}dd{margin:0;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;\
            word-break:break-all}
            .legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;border-radius:2px}
            figure{margin:8px 0 16px}figcaption{font-weight:600;margin-bottom:2px}
            svg.chart{width:100%;max-width:960px;height:auto;display:block}
            svg.chart text{font:11px system-ui,sans-serif;fill:#57606a}svg.chart .marker{stroke:#cf222e;            stroke-dasharray:4 3}svg.chart text.marker-label{fill:#cf222e}
            pre{background:#f6f8fa;padding:8px;overflow-x:auto;white-space:pre-wrap;max-height:480px}
            details{margin:6px 0}summary{cursor:pointer;font-weight:600}
            td.sample{max-width:520px;white-space:pre-wrap;word-break:break-word;font-size:12.5px}
            nav.toc{columns:3;font-size:13px;margin:8px 0 16px}nav.toc a{display:block}
            """;

    private HtmlRenderer() {
    }

    static String render(ReportDocument document) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n")
                .append("<p class=\"legend\">Bars:<span class=\"kept\"></span>kept")
                .append("<span class=\"dropped\"></span>dropped")
                .append("<span class=\"quarantined\"></span>quarantined")
                .append("<span class=\"neutral\"></span>other quantities</p>\n");
        out.append("<nav class=\"toc\">");
        for (Block block : document.blocks()) {
            if (block instanceof Heading heading && heading.level() == 2) {
                out.append("<a href=\"#").append(anchor(heading.text())).append("\">").append(escape(heading.text()))
                        .append("</a>");
            }
        }
        out.append("</nav>\n");
        renderBlocks(document.blocks(), out);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void renderBlocks(java.util.List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                int level = Math.max(2, Math.min(6, heading.level()));
                out.append("<h").append(level).append(" id=\"").append(anchor(heading.text())).append("\">")
                        .append(escape(heading.text())).append("</h").append(level).append(">\n");
            } else if (block instanceof Paragraph paragraph) {
                out.append("<p>").append(escape(paragraph.text())).append("</p>\n");
            } else if (block instanceof Facts facts) {
                out.append("<dl>\n");
                for (Map.Entry<String, String> line : facts.lines()) {
                    out.append("<dt>").append(escape(line.getKey())).append("</dt><dd>")
                            .append(escape(line.getValue())).append("</dd>\n");
                }
                out.append("</dl>\n");
            } else if (block instanceof Table table) {
                renderTable(table, out);
            } else if (block instanceof Chart chart) {
                SvgChart.render(chart, out);
            } else if (block instanceof Preformatted text) {
                out.append("<pre>").append(escape(text.text())).append("</pre>\n");
            } else if (block instanceof Collapsible collapsible) {
                out.append("<details>\n<summary>").append(escape(collapsible.summary())).append("</summary>\n");
                renderBlocks(collapsible.blocks(), out);
                out.append("</details>\n");
            }
        }
    }

    /** An id for a heading: lower case letters, digits and dashes (CJK kept), so sections can be linked. */
    static String anchor(String text) {
        StringBuilder out = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        return escape(out.toString());
    }

    private static void renderTable(Table table, StringBuilder out) {
        out.append("<div class=\"scroll\"><table>\n");
        if (table.caption() != null) {
            out.append("<caption>").append(escape(table.caption())).append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (Column column : table.columns()) {
            out.append(column.numeric() ? "<th class=\"num\">" : "<th>").append(escape(column.name())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (var row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                boolean numeric = i < table.columns().size() && table.columns().get(i).numeric();
                if (cell.bar() != null) {
                    out.append("<td class=\"barcell\">").append(bar(cell.bar(), cell.text())).append("</td>");
                } else {
                    boolean sample = !numeric && i < table.columns().size() && table.columns().get(i).name().equals("text");
                    out.append(numeric ? "<td class=\"num\">" : sample ? "<td class=\"sample\">" : "<td>")
                            .append(escape(cell.text())).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static String bar(Bar bar, String label) {
        StringBuilder out = new StringBuilder("<div class=\"bar\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\" title=\"").append(escape(label)).append("\">");
        for (Segment segment : bar.segments()) {
            out.append("<span class=\"").append(cssClass(segment.kind())).append("\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.2f", segment.fraction() * 100)).append("%\"></span>");
        }
        return out.append("</div>").toString();
    }

    private static String cssClass(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
