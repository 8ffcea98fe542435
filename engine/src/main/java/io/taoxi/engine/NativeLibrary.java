package io.taoxi.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * Loads {@code libtaoxi_engine-VERSION.so} once per JVM (infrastructure). Order:
 * <ol>
 *   <li>system property {@value #PATH_PROPERTY}: an absolute path to the library;</li>
 *   <li>a system library {@code taoxi_engine-VERSION} on {@code java.library.path};</li>
 *   <li>the copy inside the jar ({@code native/linux-x86_64/}), extracted to the directory named by
 *       {@value #TMPDIR_PROPERTY} (default {@code java.io.tmpdir}).</li>
 * </ol>
 * Failures become an {@link EngineException} naming the platform and how to override.
 */
public final class NativeLibrary {
  public static final String PATH_PROPERTY = "taoxi.engine.library";
  public static final String TMPDIR_PROPERTY = "taoxi.engine.tmpdir";

  /** Override for the CUDA library, like {@link #PATH_PROPERTY}. */
  public static final String CUDA_PATH_PROPERTY = "taoxi.engine.cuda.library";

  private static final Library CPU = new Library("taoxi_engine", PATH_PROPERTY);
  private static final Library CUDA = new Library("taoxi_engine_cuda", CUDA_PATH_PROPERTY);

  private NativeLibrary() {}

  /** The platform folder inside the jar, e.g. {@code linux-x86_64}. */
  public static String platform() {
    String os = System.getProperty("os.name", "?").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "?").toLowerCase(Locale.ROOT);
    String o = os.startsWith("linux") ? "linux" : os.replace(' ', '_');
    String a = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
    return o + "-" + a;
  }

  public static String version() {
    try (InputStream in = NativeLibrary.class.getResourceAsStream("engine.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  /** The file name of the CPU library for this version. */
  public static String fileName() {
    return CPU.fileName();
  }

  /** Whether the CPU library can be loaded here (loads it if not yet loaded). */
  public static synchronized boolean isAvailable() {
    try {
      load();
      return true;
    } catch (EngineException e) {
      return false;
    }
  }

  /** Loads the CPU library or throws the (remembered) reason it cannot be loaded. */
  public static synchronized void load() {
    CPU.load();
  }

  /** Loads the CUDA library ({@code libtaoxi_engine_cuda-VERSION.so}, built where nvcc exists). */
  public static synchronized void loadCuda() {
    CUDA.load();
  }

  private static final class Library {
    private final String base;
    private final String property;
    private boolean loaded;
    private EngineException failure;

    Library(String base, String property) {
      this.base = base;
      this.property = property;
    }

    String fileName() {
      return "lib" + base + "-" + version() + ".so";
    }

    void load() {
      if (loaded) {
        return;
      }
      if (failure != null) {
        throw failure;
      }
      try {
        loadOnce();
        loaded = true;
      } catch (UnsatisfiedLinkError | IOException | RuntimeException e) {
        failure = new EngineException(EngineException.Category.NATIVE, "cannot load the native engine "
            + fileName() + " for platform " + platform() + " (os.name=" + System.getProperty("os.name")
            + ", os.arch=" + System.getProperty("os.arch") + "): " + e.getMessage() + ". Set -D"
            + property + "=/path/to/" + fileName() + ", put it on java.library.path, set -D"
            + TMPDIR_PROPERTY + " to a writable, executable directory, or use the Java ReferenceScorer.", e);
        throw failure;
      }
    }

    private void loadOnce() throws IOException {
      String override = System.getProperty(property);
      if (override != null && !override.isBlank()) {
        System.load(Paths.get(override).toAbsolutePath().toString());
        return;
      }
      try {
        System.loadLibrary(base + "-" + version());
        return;
      } catch (UnsatisfiedLinkError notOnPath) {
        // fall through to the jar copy
      }
      String resource = "/native/" + platform() + "/" + fileName();
      try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new UnsatisfiedLinkError("no " + resource + " in the class path (built with -DskipNative,"
              + " without nvcc for the CUDA library, or no build for this platform)");
        }
        Path dir = Paths.get(System.getProperty(TMPDIR_PROPERTY, System.getProperty("java.io.tmpdir")));
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "lib" + base + "-" + version() + "-", ".so");
        tmp.toFile().deleteOnExit();
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        System.load(tmp.toAbsolutePath().toString());
      }
    }
  }
}
