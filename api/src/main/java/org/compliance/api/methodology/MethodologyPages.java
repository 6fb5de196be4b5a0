package org.compliance.api.methodology;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.assessment.AssessmentViews;
import org.compliance.api.assessment.StoredAssessment;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The methodology as officers read it: the table of rules that judge one item against one ask, in
 * plain words and the reader's language, on a page and as a workbook.
 */
@PageController
public class MethodologyPages {

  private final MessageSource messages;
  private final AssessmentViews assessments;

  public MethodologyPages(MessageSource messages, AssessmentViews assessments) {
    this.messages = messages;
    this.assessments = assessments;
  }

  /**
   * The table; with {@code assessment}, each row also lists the recommendations of that scorecard
   * where the rule gave a finding (as far as this reader may see the scorecard), linking to them.
   */
  @GetMapping("/methodology")
  public String page(
      @RequestParam(required = false) String assessment,
      Authentication who,
      Model model,
      Locale locale) {
    model.addAttribute("lines", new MethodologyView(messages, locale).lines());
    if (assessment != null && !assessment.isBlank()) {
      StoredAssessment a = assessments.get(assessment, Reader.of(who), locale);
      model.addAttribute("a", a);
      model.addAttribute("uses", uses(a.scorecard()));
    }
    return "methodology";
  }

  /** For each rule id, the recommendations (in scorecard order) with a finding of that rule. */
  private static Map<String, Set<String>> uses(Scorecard card) {
    Map<String, Set<String>> uses = new HashMap<>();
    for (RecommendationResult r : card.recommendations()) {
      for (Finding f : r.findings()) {
        uses.computeIfAbsent(f.ruleId(), k -> new LinkedHashSet<>()).add(r.id());
      }
    }
    return uses;
  }

  @GetMapping("/methodology.xlsx")
  public ResponseEntity<byte[]> workbook(Locale locale) throws IOException {
    List<MethodologyView.Line> lines = new MethodologyView(messages, locale).lines();
    try (XSSFWorkbook book = new XSSFWorkbook();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(text("methodology.title", locale));
      String[] header = {
        text("methodology.rule", locale),
        text("methodology.id", locale),
        text("methodology.conditions", locale),
        text("methodology.effect", locale),
        text("methodology.why", locale)
      };
      write(sheet.createRow(0), header);
      int at = 1;
      for (MethodologyView.Line l : lines) {
        write(
            sheet.createRow(at++),
            new String[] {
              l.name(), l.id(), String.join("; ", l.conditions()), l.effect(), l.why()
            });
      }
      sheet.createFreezePane(0, 1);
      for (int c = 0; c < header.length; c++) {
        sheet.setColumnWidth(c, c == 2 || c == 4 ? 80 * 256 : 36 * 256);
      }
      book.write((OutputStream) bytes);
      return ResponseEntity.ok()
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"methodology.xlsx\"")
          .contentType(
              MediaType.parseMediaType(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
          .body(bytes.toByteArray());
    }
  }

  private static void write(Row row, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
    }
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
