package io.taoxi.jobs.report;

import java.io.IOException;

/**
  * A report or export cannot be produced from what is on disk: no manifest in the run folder, a manifest
  * that is not valid JSON, a folder that is not a stage output. The message is one line and names the
  * path, so the CLI can print it as is.
  */
public final class ReportException extends IOException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
