package org.compliance.api.evidence.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.labels.Labels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceTemplateTest {

  private static XSSFWorkbook template;

  @BeforeAll
  static void write() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EvidenceTemplate.write(out);
    template = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void hasInstructionsAnEvidenceSheetAndHiddenLists() {
    assertThat(template.getSheetName(0)).isEqualTo("Instructions");
    assertThat(template.getSheetName(1)).isEqualTo("Evidence");
    assertThat(template.getSheetName(2)).isEqualTo("Lists");
    assertThat(template.isSheetHidden(2)).isTrue();
  }

  @Test
  void theEvidenceHeaderIsTheColumnsInOrder() {
    Row header = template.getSheet("Evidence").getRow(0);
    List<String> headers = new ArrayList<>();
    header.forEach(c -> headers.add(c.getStringCellValue()));

    assertThat(headers)
        .containsExactly(
            "id",
            "type",
            "date",
            "dateTo",
            "summary",
            "country",
            "persons",
            "laws",
            "organisations",
            "count",
            "qualifiers",
            "recommendations",
            "source organisation",
            "source title",
            "source URL",
            "source published");
    assertThat(template.getSheet("Evidence").getPaneInformation().isFreezePane()).isTrue();
  }

  @Test
  void typeAndQualifiersHaveDropDownsFromTheListsSheet() {
    XSSFSheet sheet = template.getSheet("Evidence");
    List<XSSFDataValidation> validations = sheet.getDataValidations();

    XSSFDataValidation type = on(validations, EvidenceColumn.TYPE);
    assertThat(type.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
    assertThat(type.getValidationConstraint().getFormula1()).isEqualTo("Lists!$A$2:$A$21");
    assertThat(type.getShowErrorBox()).isTrue();
    assertThat(type.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
    assertThat(type.getRegions().getCellRangeAddress(0).getLastRow())
        .isEqualTo(ImportLimits.DEFAULT.maxRows());

    XSSFDataValidation qualifiers = on(validations, EvidenceColumn.QUALIFIERS);
    // one row per qualifier under the header
    assertThat(qualifiers.getValidationConstraint().getFormula1())
        .isEqualTo("Lists!$B$2:$B$" + (Qualifier.values().length + 1));
    // several qualifiers are typed as "A; B": the list must not refuse them
    assertThat(qualifiers.getShowErrorBox()).isFalse();
    assertThat(qualifiers.getShowPromptBox()).isTrue();

    assertThat(on(validations, EvidenceColumn.COUNT).getValidationConstraint().getValidationType())
        .isEqualTo(ValidationType.INTEGER);

    // The drop-downs offer labels ("on health grounds"), not codes; the import takes both.
    XSSFSheet lists = template.getSheet("Lists");
    DataFormatter f = new DataFormatter();
    for (int i = 0; i < EvidenceType.values().length; i++) {
      assertThat(f.formatCellValue(lists.getRow(i + 1).getCell(0)))
          .isEqualTo(Labels.of(EvidenceType.values()[i]));
    }
    for (int i = 0; i < Qualifier.values().length; i++) {
      assertThat(f.formatCellValue(lists.getRow(i + 1).getCell(1)))
          .isEqualTo(Labels.of(Qualifier.values()[i]));
    }
  }

  @Test
  void theDateColumnsAreTextSoTypedDatesStayAsTyped() {
    XSSFSheet sheet = template.getSheet("Evidence");
    for (EvidenceColumn c : List.of(EvidenceColumn.DATE, EvidenceColumn.DATE_TO)) {
      assertThat(sheet.getColumnStyle(c.ordinal()).getDataFormatString()).isEqualTo("@");
    }
  }

  @Test
  void instructionsExplainEveryColumnTypeAndQualifier() {
    List<String> text = new ArrayList<>();
    template.getSheet("Instructions").forEach(r -> r.forEach(c -> text.add(value(c))));

    for (EvidenceColumn c : EvidenceColumn.values()) {
      assertThat(text).contains(c.header(), c.help());
    }
    Arrays.stream(EvidenceType.values()).forEach(t -> assertThat(text).contains(Labels.of(t)));
    Arrays.stream(Qualifier.values()).forEach(q -> assertThat(text).contains(Labels.of(q)));
    assertThat(text).doesNotContain("null").allSatisfy(t -> assertThat(t).doesNotStartWith("null"));
  }

  private static String value(Cell c) {
    return new DataFormatter().formatCellValue(c);
  }

  private static XSSFDataValidation on(List<XSSFDataValidation> all, EvidenceColumn column) {
    return all.stream()
        .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column.ordinal())
        .findFirst()
        .orElseThrow();
  }
}
