package io.taoxi.jobs.ingest.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Infrastructure: an RFC 4180 record assembler fed one decoded line at a time, so that a quoted field may
 * span lines. Lenient where Python's {@code csv} module is: a quote inside an unquoted field is a literal,
 * text after a closing quote is appended. {@code ""} inside quotes is one quote. Not thread-safe.
 *
 * <pre>
 *   a,"b,c",d          → [a, b,c, d]
 *   "x ""y"""          → [x "y"]
 *   "line 1            → (continues)
 *   line 2",z          → [line 1\nline 2, z]
 * </pre>
 */
public final class CsvRecords {
    private final char delimiter;
    private final Character quote;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean inQuotes;
    private boolean started;

    public CsvRecords(char delimiter, Character quote) {
        this.delimiter = delimiter;
        this.quote = quote;
    }

    /** Feeds one line (without its newline); returns the record's fields when it is complete, else null. */
    public List<String> feed(String line) {
        if (started && inQuotes) {
            field.append('\n');
        }
        started = true;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (quote != null && c == quote) {
                    if (i + 1 < n && line.charAt(i + 1) == quote) {
                        field.append(c);
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (quote != null && c == quote && field.isEmpty()) {
                inQuotes = true;
            } else {
                field.append(c);
            }
        }
        if (inQuotes) {
            return null;
        }
        fields.add(field.toString());
        List<String> record = List.copyOf(fields);
        reset();
        return record;
    }

    /** Whether a record is half read (an open quote). */
    public boolean pending() {
        return started && inQuotes;
    }

    /** Characters held for the pending record. */
    public int pendingChars() {
        int n = field.length();
        for (String f : fields) {
            n += f.length();
        }
        return n;
    }

    public void reset() {
        fields.clear();
        field.setLength(0);
        inQuotes = false;
        started = false;
    }
}
