package io.taoxi.jobs.ingest.doc;

/**
 * The error class written for quarantined rows that no exception caused: input the reader refuses on
 * purpose (a zip bomb, an unsafe member name, an archive over its limits). Never thrown.
 */
public final class HostileInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private HostileInputException() {
        super("category marker");
    }
}
