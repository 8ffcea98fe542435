package io.taoxi.jobs.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapKeyValueTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
  * Rows of a Parquet folder as {@code LinkedHashMap<String, Object>}, read with parquet-hadoop directly:
  * no Spark session, so it starts in about a second (infrastructure; used by {@code taoxi export}).
  *
  * <p>Reads every {@code part-*.parquet} file of a folder in file-name order ({@code _SUCCESS}, {@code .crc}
  * and other files are ignored). Keys are column names in file order. Values:
  * <table>
  *   <caption>Parquet type → Java value</caption>
  *   <tr><td>BINARY (STRING, ENUM, JSON)</td><td>{@link String} (UTF-8)</td></tr>
  *   <tr><td>BINARY, FIXED_LEN_BYTE_ARRAY without annotation</td><td>{@code byte[]}</td></tr>
  *   <tr><td>BOOLEAN, INT32, INT64, FLOAT, DOUBLE</td><td>{@link Boolean}, {@link Integer}, {@link Long},
  *       {@link Float}, {@link Double} (UINT_32 → {@link Long}, UINT_64 → {@link BigInteger})</td></tr>
  *   <tr><td>INT64 TIMESTAMP(MILLIS|MICROS|NANOS, adjusted to UTC) — Spark's {@code TimestampType}</td>
  *       <td>{@link Instant}</td></tr>
  *   <tr><td>INT64 TIMESTAMP(…, not adjusted to UTC) — Spark's {@code TimestampNTZType}</td>
  *       <td>{@link LocalDateTime}</td></tr>
  *   <tr><td>INT96 (Spark's legacy timestamp: nanos of day + Julian day, little-endian)</td>
  *       <td>{@link Instant}</td></tr>
  *   <tr><td>INT32 DATE; TIME; DECIMAL; FIXED UUID</td><td>{@link LocalDate}; {@link LocalTime};
  *       {@link BigDecimal}; {@link String}</td></tr>
  *   <tr><td>LIST / MAP / other groups</td><td>{@link List} / {@link LinkedHashMap} (keys as text) /
  *       {@link LinkedHashMap} by field</td></tr>
  * </table>
  * A null (absent optional) value is {@code null}.
  *
  * <p>Known weaknesses: INT96 values are read in the proleptic Gregorian calendar, so timestamps before
  * 1582 written by old Spark versions in their legacy hybrid calendar may be shifted by days; the row
  * iterator reports read failures as {@link UncheckedIOException} naming the file.
  */
public final class ParquetRows implements Iterator<LinkedHashMap<String, Object>>, Closeable {
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /**
     * Hadoop's defaults, parsed once: every {@code new Configuration()} re-parses core-default.xml and
     * friends from the jars on first use, which took most of a report's time on a run of a few thousand
     * Parquet files. Copies of a loaded configuration copy its properties instead.
     */
    private static final Configuration BASE = loadedDefaults();

    private final Configuration configuration = new Configuration(BASE);
    private final List<Path> files;
    private final Set<String> wanted;
    private int nextFile;
    private Path currentFile;
    private ParquetReader<Group> reader;
    private MessageType currentSchema;
    private Set<String> currentOutput;
    private Group pending;
    private boolean closed;

    private ParquetRows(List<Path> files, Collection<String> columns) {
        this.files = List.copyOf(files);
        this.wanted = columns == null ? null : Set.copyOf(columns);
    }

    /** All rows, all columns, of every {@code part-*.parquet} file in {@code folder}. */
    public static ParquetRows open(Path folder) throws IOException {
        return open(partFiles(folder), null);
    }

    /**
      * Rows of the given files, in order. With {@code columns} set, only those columns are read (others are
      * skipped on disk) and a column a file does not have is left out of its rows; {@code null} reads all.
      */
    public static ParquetRows open(List<Path> files, Collection<String> columns) {
        return new ParquetRows(files, columns);
    }

    /** The {@code part-*.parquet} files directly in {@code folder}, sorted by file name. */
    public static List<Path> partFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new ReportException("no Parquet folder at " + folder);
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith("part-") && name.endsWith(".parquet");
                    })
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    private static Configuration loadedDefaults() {
        Configuration c = new Configuration();
        c.size(); // loads the default resources now
        return c;
    }

    /** Column names of the files, in order of first appearance (the union of their schemas). */
    public static List<String> columns(List<Path> files) throws IOException {
        Configuration configuration = new Configuration(BASE);
        Set<String> columns = new LinkedHashSet<>();
        for (Path file : files) {
            for (Type field : schema(file, configuration).getFields()) {
                columns.add(field.getName());
            }
        }
        return List.copyOf(columns);
    }

    /** The Parquet schema stored in one file's footer. */
    public static MessageType schema(Path file) throws IOException {
        return schema(file, new Configuration(BASE));
    }

    private static MessageType schema(Path file, Configuration configuration) throws IOException {
        // Options from our configuration: open(InputFile) alone builds a fresh Hadoop Configuration per file.
        try (ParquetFileReader reader = ParquetFileReader.open(inputFile(file, configuration),
                org.apache.parquet.HadoopReadOptions.builder(configuration).build())) {
            return reader.getFooter().getFileMetaData().getSchema();
        } catch (RuntimeException e) {
            throw new ReportException("cannot read Parquet footer of " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputFile inputFile(Path file, Configuration configuration) throws IOException {
        return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri()), configuration);
    }

    /** The file the last row returned by {@link #next()} came from. */
    public Path currentFile() {
        return currentFile;
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (closed) {
            return false;
        }
        try {
            while (true) {
                if (reader == null) {
                    if (nextFile >= files.size()) {
                        close();
                        return false;
                    }
                    openNext();
                }
                pending = reader.read();
                if (pending != null) {
                    return true;
                }
                reader.close();
                reader = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + currentFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new ReportException("cannot read " + currentFile + ": " + e.getMessage(), e));
        }
    }

    @Override
    public LinkedHashMap<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Group group = pending;
        pending = null;
        LinkedHashMap<String, Object> row = new LinkedHashMap<>();
        GroupType type = group.getType();
        for (int field = 0; field < type.getFieldCount(); field++) {
            String name = type.getFieldName(field);
            if (currentOutput == null || currentOutput.contains(name)) {
                row.put(name, value(group, field, type.getType(field)));
            }
        }
        return row;
    }

    private void openNext() throws IOException {
        currentFile = files.get(nextFile++);
        currentSchema = schema(currentFile, configuration);
        Configuration fileConfiguration = new Configuration(configuration);
        currentOutput = null;
        if (wanted != null) {
            List<Type> projected = new ArrayList<>();
            currentOutput = new LinkedHashSet<>();
            for (Type field : currentSchema.getFields()) {
                if (wanted.contains(field.getName())) {
                    projected.add(field);
                    currentOutput.add(field.getName());
                }
            }
            if (projected.isEmpty() && currentSchema.getFieldCount() > 0) {
                // Nothing asked for is in this file, but its rows still count: read the first column only.
                projected.add(currentSchema.getType(0));
            }
            fileConfiguration.set(ReadSupport.PARQUET_READ_SCHEMA, new MessageType(currentSchema.getName(), projected).toString());
        }
        reader = new GroupReaderBuilder(inputFile(currentFile, fileConfiguration)).withConf(fileConfiguration).build();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        pending = null;
        if (reader != null) {
            ParquetReader<Group> open = reader;
            reader = null;
            open.close();
        }
    }

    /** A field's value: {@code null} when absent, a {@link List} when the field itself is repeated. */
    private static Object value(Group group, int field, Type type) {
        int count = group.getFieldRepetitionCount(field);
        if (type.isRepetition(Type.Repetition.REPEATED)) {
            List<Object> values = new ArrayList<>(count);
            for (int index = 0; index < count; index++) {
                values.add(element(group, field, index, type));
            }
            return values;
        }
        return count == 0 ? null : element(group, field, 0, type);
    }

    private static Object element(Group group, int field, int index, Type type) {
        if (!type.isPrimitive()) {
            GroupType groupType = type.asGroupType();
            Group child = group.getGroup(field, index);
            LogicalTypeAnnotation annotation = groupType.getLogicalTypeAnnotation();
            if (annotation instanceof ListLogicalTypeAnnotation && groupType.getFieldCount() == 1) {
                return list(child, groupType);
            }
            if ((annotation instanceof MapLogicalTypeAnnotation || annotation instanceof MapKeyValueTypeAnnotation)
                    && groupType.getFieldCount() == 1 && !groupType.getType(0).isPrimitive()) {
                return map(child, groupType);
            }
            return struct(child, groupType);
        }
        PrimitiveType primitive = type.asPrimitiveType();
        LogicalTypeAnnotation annotation = primitive.getLogicalTypeAnnotation();
        switch (primitive.getPrimitiveTypeName()) {
            case BOOLEAN:
                return group.getBoolean(field, index);
            case INT32: {
                int value = group.getInteger(field, index);
                if (annotation instanceof DecimalLogicalTypeAnnotation decimal) {
                    return BigDecimal.valueOf(value, decimal.getScale());
                }
                if (annotation instanceof DateLogicalTypeAnnotation) {
                    return LocalDate.ofEpochDay(value);
                }
                if (annotation instanceof TimeLogicalTypeAnnotation) {
                    return LocalTime.ofNanoOfDay(value * 1_000_000L);
                }
                if (annotation instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()
                        && integer.getBitWidth() == 32) {
                    return Integer.toUnsignedLong(value);
                }
                return value;
            }
            case INT64: {
                long value = group.getLong(field, index);
                if (annotation instanceof TimestampLogicalTypeAnnotation timestamp) {
                    Instant instant = instant(value, timestamp.getUnit());
                    return timestamp.isAdjustedToUTC() ? instant : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
                }
                if (annotation instanceof DecimalLogicalTypeAnnotation decimal) {
                    return BigDecimal.valueOf(value, decimal.getScale());
                }
                if (annotation instanceof TimeLogicalTypeAnnotation time) {
                    return LocalTime.ofNanoOfDay(time.getUnit() == TimeUnit.NANOS ? value : value * 1_000L);
                }
                if (annotation instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
                    return new BigInteger(Long.toUnsignedString(value));
                }
                return value;
            }
            case INT96:
                return int96(group.getInt96(field, index));
            case FLOAT:
                return group.getFloat(field, index);
            case DOUBLE:
                return group.getDouble(field, index);
            case BINARY:
            case FIXED_LEN_BYTE_ARRAY: {
                Binary binary = group.getBinary(field, index);
                if (annotation instanceof StringLogicalTypeAnnotation || annotation instanceof EnumLogicalTypeAnnotation
                        || annotation instanceof JsonLogicalTypeAnnotation) {
                    return binary.toStringUsingUTF8();
                }
                if (annotation instanceof DecimalLogicalTypeAnnotation decimal) {
                    return new BigDecimal(new BigInteger(binary.getBytes()), decimal.getScale());
                }
                if (annotation instanceof UUIDLogicalTypeAnnotation && binary.length() == 16) {
                    ByteBuffer bytes = ByteBuffer.wrap(binary.getBytes());
                    return new UUID(bytes.getLong(), bytes.getLong()).toString();
                }
                return binary.getBytes();
            }
            default:
                throw new IllegalStateException("unsupported Parquet type " + primitive);
        }
    }

    private static Instant instant(long value, TimeUnit unit) {
        return switch (unit) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, NANOS_PER_SECOND), Math.floorMod(value, NANOS_PER_SECOND));
        };
    }

    /** INT96: 8 bytes nanos of day, then 4 bytes Julian day number, both little-endian. */
    static Instant int96(Binary binary) {
        ByteBuffer bytes = ByteBuffer.wrap(binary.getBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = bytes.getLong();
        long julianDay = bytes.getInt() & 0xFFFF_FFFFL;
        long epochDay = julianDay - JULIAN_DAY_OF_EPOCH;
        return Instant.ofEpochSecond(Math.addExact(Math.multiplyExact(epochDay, 86_400L), nanosOfDay / NANOS_PER_SECOND),
                nanosOfDay % NANOS_PER_SECOND);
    }

    private static List<Object> list(Group listGroup, GroupType listType) {
        Type repeated = listType.getType(0);
        int count = listGroup.getFieldRepetitionCount(0);
        List<Object> values = new ArrayList<>(count);
        boolean threeLevel = !repeated.isPrimitive() && repeated.asGroupType().getFieldCount() == 1
                && !repeated.getName().equals("array") && !repeated.getName().endsWith("_tuple");
        for (int index = 0; index < count; index++) {
            if (threeLevel) {
                Group wrapper = listGroup.getGroup(0, index);
                values.add(value(wrapper, 0, repeated.asGroupType().getType(0)));
            } else {
                values.add(element(listGroup, 0, index, repeated));
            }
        }
        return values;
    }

    private static Map<String, Object> map(Group mapGroup, GroupType mapType) {
        GroupType entryType = mapType.getType(0).asGroupType();
        int count = mapGroup.getFieldRepetitionCount(0);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int index = 0; index < count; index++) {
            Group entry = mapGroup.getGroup(0, index);
            Object key = value(entry, 0, entryType.getType(0));
            Object value = entryType.getFieldCount() > 1 ? value(entry, 1, entryType.getType(1)) : null;
            values.put(String.valueOf(key), value);
        }
        return values;
    }

    private static Map<String, Object> struct(Group group, GroupType type) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int field = 0; field < type.getFieldCount(); field++) {
            values.put(type.getFieldName(field), value(group, field, type.getType(field)));
        }
        return values;
    }

    /** ParquetReader's builder for an {@link InputFile} needs its read support named by a subclass. */
    private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
        GroupReaderBuilder(InputFile file) {
            super(file);
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
