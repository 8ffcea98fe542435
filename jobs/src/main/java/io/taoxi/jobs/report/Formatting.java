package io.taoxi.jobs.report;

import java.util.Locale;

/**
  * How the report writes numbers. Fixed to {@link Locale#ROOT} so reports look the same on every machine.
  *
  * <ul>
  *   <li>{@code count(1234567)} → {@code 1,234,567}</li>
  *   <li>{@code bytes(900000)} → {@code 878.9 KiB}; {@code bytes(512)} → {@code 512 B} (binary units)</li>
  *   <li>{@code percent(100, 120)} → {@code 83.3%}; {@code percent(1, 5000)} → {@code <0.1%};
  *       {@code percent(0, 0)} → {@code –} (no denominator)</li>
  *   <li>{@code duration(9000)} → {@code 9.0 s}; {@code duration(500)} → {@code 500 ms};
  *       {@code duration(125000)} → {@code 2 min 5 s}</li>
  * </ul>
  */
final class Formatting {
    static final String NOT_APPLICABLE = "–";
    private static final String[] BINARY_UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Formatting() {
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String bytes(long value) {
        if (Math.abs(value) < 1024) {
            return value + " B";
        }
        double scaled = value;
        int unit = -1;
        while (Math.abs(scaled) >= 1024 && unit < BINARY_UNITS.length - 1) {
            scaled /= 1024;
            unit++;
        }
        // 1023.96 KiB would print as "1024.0 KiB"; move it up a unit.
        if (Math.abs(scaled) >= 1023.95 && unit < BINARY_UNITS.length - 1) {
            scaled /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%,.1f %s", scaled, BINARY_UNITS[unit]);
    }

    /** Share as a fraction in [0, 1] (or more), {@code NaN} when the denominator is zero. */
    static double fraction(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    static String percent(long part, long whole) {
        return percent(fraction(part, whole));
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return NOT_APPLICABLE;
        }
        double percent = fraction * 100;
        if (percent > 0 && percent < 0.05) {
            return "<0.1%";
        }
        if (percent < 100 && percent >= 99.95) {
            return ">99.9%";
        }
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    static String duration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 3600) {
            return (seconds / 60) + " min " + (seconds % 60) + " s";
        }
        return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
    }

    /** Bar width in percent of the widest bar, clamped to [0, 100], for inline CSS. */
    static String barWidth(long value, long max) {
        double width = max <= 0 ? 0 : Math.max(0, Math.min(100, 100.0 * value / max));
        return String.format(Locale.ROOT, "%.2f%%", width);
    }
}
