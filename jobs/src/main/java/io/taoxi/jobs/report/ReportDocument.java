package io.taoxi.jobs.report;

import java.util.List;
import java.util.Map;

/**
  * What a report says, independent of how it is drawn: {@link MarkdownRenderer} and {@link HtmlRenderer}
  * turn the same blocks into {@code report.md} and {@code report.html}. All text here is plain text;
  * each renderer escapes it for its own format.
  */
record ReportDocument(String title, List<Block> blocks) {
    ReportDocument {
        blocks = List.copyOf(blocks);
    }

    sealed interface Block permits Heading, Paragraph, Facts, Table, Chart, Preformatted, Collapsible {
    }

    /** Level 2 is a section (the funnel, one stage); level 3 a part of it. */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** Label → value lines (folder, commit, config hash…). */
    record Facts(List<Map.Entry<String, String>> lines) implements Block {
        Facts {
            lines = List.copyOf(lines);
        }
    }

    record Table(String caption, List<Column> columns, List<List<Cell>> rows) implements Block {
        Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    record Column(String name, boolean numeric) {
        static Column text(String name) {
            return new Column(name, false);
        }

        static Column number(String name) {
            return new Column(name, true);
        }
    }

    /** A table cell: text, or a bar when {@code bar} is set (then {@code text} is its accessible label). */
    record Cell(String text, Bar bar) {
        static Cell of(String text) {
            return new Cell(text, null);
        }

        static Cell bar(String label, Bar bar) {
            return new Cell(label, bar);
        }
    }

    /** A horizontal bar of one or more segments; fractions are of the full cell width. */
    record Bar(List<Segment> segments) {
        Bar {
            segments = List.copyOf(segments);
        }

        static Bar single(Kind kind, double fraction) {
            return new Bar(List.of(new Segment(kind, fraction)));
        }
    }

    record Segment(Kind kind, double fraction) {
        Segment {
            fraction = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        }
    }

    /**
      * A histogram: {@code edges} are the bin bounds in value units ({@code bins + 1} of them), each series
      * one stacked colour, markers vertical lines at a value (thresholds, perplexity cut-offs). With
      * {@code log} the x axis is {@code log10(1 + x)}.
      */
    record Chart(String title, String xLabel, boolean log, List<Double> edges, List<Series> series,
                 List<Marker> markers) implements Block {
        Chart {
            edges = List.copyOf(edges);
            series = List.copyOf(series);
            markers = List.copyOf(markers);
        }

        long total() {
            return series.stream().mapToLong(one -> java.util.Arrays.stream(one.counts()).sum()).sum();
        }
    }

    record Series(String name, long[] counts) {
    }

    record Marker(String label, double value) {
    }

    /** Text shown as is, in a monospace block (embedded audit notes). */
    record Preformatted(String text) implements Block {
    }

    /** Blocks that HTML folds away under a summary line ({@code <details>}); Markdown shows them in full. */
    record Collapsible(String summary, List<Block> blocks) implements Block {
        Collapsible {
            blocks = List.copyOf(blocks);
        }
    }

    /** Colour of a bar segment. */
    enum Kind { KEPT, DROPPED, QUARANTINED, NEUTRAL }
}
