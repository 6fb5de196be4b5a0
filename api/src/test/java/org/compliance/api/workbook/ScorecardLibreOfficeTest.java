package org.compliance.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    Path xlsx = dir.resolve("scorecard.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ScorecardWorkbook.write(FixtureReports.hostileEverywhere(), out);
    }

    // Skipped without LibreOffice unless CI is set; its own profile directory
    // (LibreOffice.convert).
    LibreOffice.convert(List.of(xlsx), CSV_ALL_SHEETS, dir);
    String log = Files.readString(dir.resolve("soffice.log"));

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
}
