package org.compliance.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs LibreOffice headless to convert a file, as a user would open and print it. Skipped only on a
 * developer machine without LibreOffice; in CI (CI set) a missing soffice fails the test. Debian
 * package: libreoffice-calc-nogui.
 */
final class LibreOffice {

  private LibreOffice() {}

  /**
   * Converts {@code files} with the filter {@code to} into {@code dir}, its own profile there; one
   * run for all, since starting LibreOffice takes seconds.
   */
  static void convert(List<Path> files, String to, Path dir) throws Exception {
    Optional<Path> soffice = onPath("soffice");
    if (soffice.isEmpty()) {
      assumeTrue(
          System.getenv("CI") != null,
          "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
      fail("CI must have LibreOffice: apt-get install -y libreoffice-calc-nogui");
    }
    Path log = dir.resolve("soffice.log");
    // Its own profile directory: no clash with a running LibreOffice or another test run.
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            soffice.get().toString(),
            "-env:UserInstallation=" + dir.resolve("profile").toUri(),
            "--headless",
            "--norestore",
            "--convert-to",
            to,
            "--outdir",
            dir.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("LibreOffice did not finish in 3 minutes");
    }
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
  }

  static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .map(d -> Path.of(d, program))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
