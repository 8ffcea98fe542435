package io.taoxi.jobs.config;

/**
 * A configuration error, found before Spark starts. The message names the key, the value and what is
 * allowed, in one line.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code key = value: must be …}. */
    public static ConfigException outOfRange(String key, Object value, String allowed) {
        return new ConfigException(key + " = " + value + ": " + allowed);
    }
}
