package io.taoxi.filters.core;

/** Record: one typed signal column an operator writes (becomes a Parquet column). Names are snake_case with units. */
public record SignalColumn(String name, Type type, String description) {
    /** Column types that map one to one onto Spark SQL types. */
    public enum Type { DOUBLE, LONG, INT, BOOLEAN, STRING }

    public SignalColumn {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("signal column name must be snake_case: " + name);
        }
    }
}
