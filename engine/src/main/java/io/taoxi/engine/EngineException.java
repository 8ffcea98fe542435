package io.taoxi.engine;

/**
 * Every failure of the engine: a bad model directory, a bad request, or a native failure. Carries a
 * {@link Category} so callers can count failures by kind without parsing messages.
 */
public final class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, coarsely. */
  public enum Category {
    /** config.json missing, unreadable or invalid. */
    CONFIG,
    /** A safetensors file is unreadable, truncated or malformed. */
    FORMAT,
    /** A tensor is missing, has the wrong shape, or an unsupported dtype. */
    TENSOR,
    /** The caller's input is invalid (token id out of range, bad options). */
    INPUT,
    /** The native library could not be loaded or reported a failure. */
    NATIVE,
    /** The scorer was used after close. */
    STATE
  }

  private final Category category;

  public EngineException(Category category, String message) {
    super(message);
    this.category = category;
  }

  public EngineException(Category category, String message, Throwable cause) {
    super(message, cause);
    this.category = category;
  }

  public Category category() {
    return category;
  }
}
