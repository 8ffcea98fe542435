package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportFormattingTest {
    @Test
    void counts() {
        assertEquals("0", Formatting.count(0));
        assertEquals("999", Formatting.count(999));
        assertEquals("1,234,567", Formatting.count(1_234_567));
    }

    @Test
    void bytesUseBinaryUnits() {
        assertEquals("0 B", Formatting.bytes(0));
        assertEquals("1023 B", Formatting.bytes(1023));
        assertEquals("1.0 KiB", Formatting.bytes(1024));
        assertEquals("878.9 KiB", Formatting.bytes(900_000));
        assertEquals("1.0 MiB", Formatting.bytes(1_048_575)); // not "1024.0 KiB"
        assertEquals("1.0 GiB", Formatting.bytes(1L << 30));
        assertEquals("1.5 EiB", Formatting.bytes(3L << 59));
    }

    @Test
    void percents() {
        assertEquals("83.3%", Formatting.percent(100, 120));
        assertEquals("100.0%", Formatting.percent(5, 5));
        assertEquals("0.0%", Formatting.percent(0, 5));
        assertEquals("<0.1%", Formatting.percent(1, 5000));
        assertEquals(">99.9%", Formatting.percent(9999, 10000));
        assertEquals("–", Formatting.percent(0, 0));
    }

    @Test
    void durations() {
        assertEquals("10 ms", Formatting.duration(10));
        assertEquals("9.0 s", Formatting.duration(9000));
        assertEquals("2 min 5 s", Formatting.duration(125_000));
        assertEquals("1 h 1 min", Formatting.duration(3_660_000));
    }
}
