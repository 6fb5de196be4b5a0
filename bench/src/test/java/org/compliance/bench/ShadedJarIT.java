package org.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * benchmarks.jar, the shaded jar the benchmarks run from, finds the compiled rules and assesses
 * with them: Drools must report the executable model, not fall back to parsing the DRL (which fails
 * without drools-mvel), and every recommendation must get a verdict.
 */
class ShadedJarIT {

  @Test
  void theShadedJarRunsTheExecutableModel() throws IOException, InterruptedException {
    Path jar = Path.of("target", "benchmarks.jar");
    assertThat(jar).exists();
    Path log = Files.createTempFile("shaded-jar", ".log");
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-cp",
                    jar.toString(),
                    HeapPeak.class.getName(),
                    "2x100x400",
                    "drools",
                    "1"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("Artifact org.compliance:rules:")
        .contains("has executable model")
        .doesNotContain("Falling back to resources parsing")
        .contains("drools run 1:")
        .contains(", 200 recommendations");
  }
}
