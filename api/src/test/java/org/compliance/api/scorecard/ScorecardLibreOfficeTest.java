package org.compliance.api.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves a real spreadsheet program opens the export: LibreOffice converts every sheet to CSV and
 * the values are there, the formula-like evidence still plain text. Skipped only on a developer
 * machine without LibreOffice; in CI (CI set) a missing soffice fails the test. Debian package:
 * libreoffice-calc-nogui.
 */
class ScorecardLibreOfficeTest {

  /** Comma, double quote, UTF-8, from row 1, ..., -1: every sheet to its own file (LO 7.2+). */
  private static final String CSV_ALL_SHEETS =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  @Test
  void libreOfficeOpensTheScorecard(@TempDir Path dir) throws Exception {
    Optional<Path> soffice = onPath("soffice");
    if (soffice.isEmpty()) {
      assumeTrue(
          System.getenv("CI") != null,
          "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
      fail("CI must have LibreOffice: apt-get install -y libreoffice-calc-nogui");
    }
    Path xlsx = dir.resolve("scorecard.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ScorecardWorkbook.write(FixtureReports.hostileEverywhere(), out);
    }

    // Its own profile directory: no clash with a running LibreOffice or another test run.
    Process process =
        new ProcessBuilder(
                soffice.get().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                CSV_ALL_SHEETS,
                "--outdir",
                dir.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("LibreOffice did not finish in 3 minutes");
    }
    String log = Files.readString(dir.resolve("soffice.log"));
    assertThat(process.exitValue()).as(log).isZero();

    String summary = csv(dir, "Summary", log);
    assertThat(summary)
        .contains("Compliance scorecard")
        .contains("ep-2019-2610")
        .contains("The state");
    String recommendations = csv(dir, "Recommendations", log);
    assertThat(recommendations)
        .contains("ep-2019-2610-05")
        .contains("Partially fulfilled")
        .doesNotContain("PARTIALLY_FULFILLED")
        .contains("=HYPERLINK(");
    assertThat(csv(dir, "Findings", log)).contains("Conditional release earns partial credit");
    String evidence = csv(dir, "Evidence", log);
    assertThat(evidence).contains("odf-2020-013").contains(FixtureReports.COMMAND);
    List<String> lines = evidence.lines().toList();
    assertThat(lines.get(0)).startsWith("id,type,date,dateTo,summary,country");
  }

  private static String csv(Path dir, String sheet, String log) throws IOException {
    Path file = dir.resolve("scorecard-" + sheet + ".csv");
    assertThat(file).as("%s not written; LibreOffice said: %s", file.getFileName(), log).exists();
    return Files.readString(file, StandardCharsets.UTF_8);
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
