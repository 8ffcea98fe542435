package io.taoxi.jobs.stage;

/** A stage could not finish (invariant violated, output cannot be published). One-line message. */
public final class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StageException(String message) {
        super(message);
    }

    public StageException(String message, Throwable cause) {
        super(message, cause);
    }
}
