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

    sealed interface Block permits Heading, Paragraph, Facts, Table {
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

    /** Colour of a bar segment. */
    enum Kind { KEPT, DROPPED, QUARANTINED, NEUTRAL }
}
