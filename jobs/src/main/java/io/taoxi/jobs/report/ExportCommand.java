package io.taoxi.jobs.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
  * {@code taoxi export}: a stage's Parquet output as JSON Lines or CSV, for people looking at the data.
  * Reads Parquet with {@link ParquetRows}, without starting Spark. Usage and examples: docs/report.md.
  *
  * <p>Exit codes: 0 written; 1 a file could not be read or written; 2 bad arguments (no such folder,
  * unknown column, a {@code --which} that contradicts {@code --input}).
  */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the rows of a stage output (kept/, dropped/, quarantine/) as JSON Lines or CSV.")
public final class ExportCommand implements Callable<Integer> {
    /** The extra column that says which folder a row came from when a whole stage is exported. */
    public static final String OUTCOME_COLUMN = "outcome";
    static final String TEXT_COLUMN = "text";
    private static final int STDOUT_CHECK_ROWS = 1024;

    /** Output format. */
    public enum Format { JSONL, CSV }

    /** Which outcome folders of a stage to export. */
    public enum Which {
        KEPT("kept", "kept"),
        DROPPED("dropped", "dropped"),
        QUARANTINE("quarantine", "quarantined"),
        ALL(null, null);

        final String folder;
        /** The {@code outcome} value: the manifest's word for it (docs/stages.md). */
        final String outcome;

        Which(String folder, String outcome) {
            this.folder = folder;
            this.outcome = outcome;
        }
    }

    /** One folder to read and the {@code outcome} value of its rows ({@code null}: no outcome column). */
    record Source(String outcome, List<Path> files) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "STAGE_DIR",
            description = "A stage output folder, or one of its kept/, dropped/, quarantine/ folders.")
    Path input;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--which", paramLabel = "kept|dropped|quarantine|all", defaultValue = "all",
            description = "Outcome folder(s) of a stage to export; 'all' adds an 'outcome' column (default: ${DEFAULT-VALUE}).")
    String which;

    @Option(names = "--output", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--limit", paramLabel = "N", description = "Write at most N rows (default: all).")
    Long limit;

    @Option(names = "--columns", paramLabel = "a,b,c", split = ",",
            description = "Columns to write, in this order (default: all, outcome first).")
    List<String> columns;

    @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "0",
            description = "Cut 'text' to its first N code points; 0 keeps it whole (default: ${DEFAULT-VALUE}).")
    int maxTextChars;

    @Option(names = "--show-personal-data",
            description = "Print validated personal identifiers (e-mail, phone, ID and card numbers…) as stored."
                    + " By default they are replaced by their placeholder (<EMAIL>, <CN_ID>…) in text columns:"
                    + " flagged identifiers stay in kept text and drop-action ones in dropped text.")
    boolean showPersonalData;

    /** Columns whose values are masked unless {@code --show-personal-data}: free text a document carries. */
    static final Set<String> MASKED_COLUMNS = Set.of(TEXT_COLUMN, "title", "url", "error_message");

    @Override
    public Integer call() {
        try {
            return export();
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("taoxi: error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    private int export() throws IOException {
        Format outputFormat = parseEnum(Format.class, "--format", format);
        Which selected = parseEnum(Which.class, "--which", which);
        if (limit != null && limit < 0) {
            throw usage("--limit must be 0 or more, got " + limit);
        }
        if (maxTextChars < 0) {
            throw usage("--max-text-chars must be 0 (no limit) or more, got " + maxTextChars);
        }
        List<Source> sources = sources(selected);
        boolean withOutcome = sources.stream().anyMatch(source -> source.outcome() != null);
        List<Path> allFiles = sources.stream().flatMap(source -> source.files().stream()).toList();
        List<String> available = new ArrayList<>();
        if (withOutcome) {
            available.add(OUTCOME_COLUMN);
        }
        for (String column : ParquetRows.columns(allFiles)) {
            if (!available.contains(column)) {
                available.add(column);
            }
        }
        List<String> written = selectColumns(available);
        Set<String> dataColumns = new LinkedHashSet<>(written);
        if (withOutcome) {
            dataColumns.remove(OUTCOME_COLUMN);
        }

        try (Writer writer = openOutput();
                  RowWriter rows = outputFormat == Format.CSV ? RowWriter.csv(writer, written) : RowWriter.jsonl(writer, written)) {
            long remaining = limit == null ? Long.MAX_VALUE : limit;
            long count = 0;
            for (Source source : sources) {
                if (remaining == 0) {
                    break;
                }
                try (ParquetRows reader = ParquetRows.open(source.files(), dataColumns)) {
                    while (remaining > 0 && reader.hasNext()) {
                        LinkedHashMap<String, Object> row = reader.next();
                        List<Object> values = new ArrayList<>(written.size());
                        for (String column : written) {
                            if (withOutcome && column.equals(OUTCOME_COLUMN)) {
                                values.add(source.outcome());
                            } else {
                                values.add(truncate(column, mask(column, row.get(column))));
                            }
                        }
                        rows.write(values);
                        remaining--;
                        count++;
                        if (output == null && count % STDOUT_CHECK_ROWS == 0) {
                            rows.flush();
                            if (System.out.checkError()) {
                                return 0; // the reader went away (| head): stop quietly
                            }
                        }
                    }
                }
            }
        }
        return 0;
    }

    private List<Source> sources(Which selected) throws IOException {
        if (!Files.isDirectory(input)) {
            throw usage("no folder at " + input);
        }
        String name = input.getFileName() == null ? "" : input.getFileName().toString();
        for (Which outcome : Which.values()) {
            if (name.equals(outcome.folder)) {
                if (selected != Which.ALL && selected != outcome) {
                    throw usage("--which " + lower(selected) + " contradicts --input " + input
                            + ", which is a " + outcome.folder + "/ folder");
                }
                return List.of(new Source(null, ParquetRows.partFiles(input)));
            }
        }
        boolean isStage = Files.isDirectory(input.resolve(Which.KEPT.folder))
                || Files.isDirectory(input.resolve(Which.DROPPED.folder))
                || Files.isDirectory(input.resolve(Which.QUARANTINE.folder));
        if (!isStage) {
            List<Path> parts = ParquetRows.partFiles(input);
            if (parts.isEmpty()) {
                throw usage(input + " is not a stage output: it has no kept/, dropped/ or quarantine/ folder"
                        + " and no part-*.parquet files");
            }
            if (selected != Which.ALL) {
                throw usage("--which " + lower(selected) + " needs a stage folder, but " + input
                        + " holds Parquet files directly");
            }
            return List.of(new Source(null, parts));
        }
        List<Source> sources = new ArrayList<>();
        for (Which outcome : List.of(Which.KEPT, Which.DROPPED, Which.QUARANTINE)) {
            if (selected != Which.ALL && selected != outcome) {
                continue;
            }
            Path folder = input.resolve(outcome.folder);
            if (!Files.isDirectory(folder)) {
                if (selected != Which.ALL) {
                    throw usage("no " + outcome.folder + "/ folder in " + input);
                }
                spec.commandLine().getErr().println("taoxi: warning: no " + outcome.folder + "/ folder in "
                        + input + ", skipped (the stage contract says it always exists)");
                continue;
            }
            sources.add(new Source(selected == Which.ALL ? outcome.outcome : null, ParquetRows.partFiles(folder)));
        }
        return sources;
    }

    private List<String> selectColumns(List<String> available) {
        if (columns == null || columns.isEmpty()) {
            return available;
        }
        List<String> selected = new ArrayList<>();
        for (String column : columns) {
            String name = column.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!available.contains(name)) {
                throw usage("unknown column '" + name + "' in --columns; the input has: " + String.join(",", available));
            }
            if (!selected.contains(name)) {
                selected.add(name);
            }
        }
        if (selected.isEmpty()) {
            throw usage("--columns names no column");
        }
        return selected;
    }

    private Object mask(String column, Object value) {
        if (showPersonalData || !MASKED_COLUMNS.contains(column) || !(value instanceof String text)) {
            return value;
        }
        return PiiSection.mask(text);
    }

    private Object truncate(String column, Object value) {
        if (maxTextChars <= 0 || !TEXT_COLUMN.equals(column) || !(value instanceof String text)) {
            return value;
        }
        if (text.codePointCount(0, text.length()) <= maxTextChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxTextChars));
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            // UTF-8 whatever the platform encoding; System.out passes the bytes through unchanged.
            return new BufferedWriter(new OutputStreamWriter(new NonClosingStream(System.out), StandardCharsets.UTF_8), 1 << 16);
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String option, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(lower(constant));
        }
        throw usage(option + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Lets the writer be closed (flushing it) without closing standard output. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
