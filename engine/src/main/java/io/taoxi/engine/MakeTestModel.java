package io.taoxi.engine;

import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a random Qwen2 directory from the command line (used by bench scripts; the CLI command
 * {@code taoxi engine make-test-model} belongs to the jobs module).
 * Flags: --output DIR --hidden H --layers L --heads N --kv-heads K --intermediate I --vocab V --seed S
 * [--dtype f32|f16|bf16] [--untied] [--theta T].
 */
public final class MakeTestModel {
  private MakeTestModel() {}

  public static void main(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--untied")) {
        a.put("untied", "true");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        a.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
    }
    Qwen2Config shape = Qwen2Config.shape(Integer.parseInt(a.get("hidden")), Integer.parseInt(a.get("layers")),
        Integer.parseInt(a.get("heads")), Integer.parseInt(a.get("kv-heads")),
        Integer.parseInt(a.get("intermediate")), Integer.parseInt(a.get("vocab")));
    if (a.containsKey("theta")) {
      shape = shape.withRopeTheta(Double.parseDouble(a.get("theta")));
    }
    TestModels.write(Paths.get(a.get("output")), shape, Long.parseLong(a.getOrDefault("seed", "1")),
        DType.parse(a.getOrDefault("dtype", "bf16")), a.containsKey("untied"));
  }
}
