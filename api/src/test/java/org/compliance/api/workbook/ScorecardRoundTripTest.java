package org.compliance.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.compliance.api.evidence.spreadsheet.EvidenceImport;
import org.compliance.api.evidence.spreadsheet.EvidenceWorkbookReader;
import org.compliance.api.evidence.spreadsheet.ImportLimits;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.junit.jupiter.api.Test;

/** A scorecard's Evidence sheet is the import template: what is exported comes back the same. */
class ScorecardRoundTripTest {

  @Test
  void theExportedEvidenceSheetImportsAsTheSameItems() throws IOException {
    ScorecardReport report = FixtureReports.withHostileEvidence();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScorecardWorkbook.write(report, out);

    EvidenceImport result =
        EvidenceWorkbookReader.read(
            new ByteArrayInputStream(out.toByteArray()), ImportLimits.DEFAULT);

    assertThat(result).isInstanceOf(EvidenceImport.Parsed.class);
    List<EvidenceItem> expected =
        report.evidence().stream().map(e -> e.withStatus(ReviewStatus.SUBMITTED)).toList();
    assertThat(((EvidenceImport.Parsed) result).items()).isEqualTo(expected);
    assertThat(expected).hasSize(FixtureReports.CARD_2019.evidenceUsed().size() + 1);
    assertThat(expected).contains(FixtureReports.HOSTILE.withStatus(ReviewStatus.SUBMITTED));
  }
}
