package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.Http.Response;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.labels.Labels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The evidence spreadsheet in the reader's language, over real HTTP: the template downloaded with
 * {@code lang=ru} or {@code lang=kk} has no English left in its sheet names, header, instructions,
 * drop-down lists and their prompts (but codes and examples written alike everywhere); a sheet
 * filled in with Russian and Kazakh labels imports, and its problems are said in Russian. Same
 * context as {@link NamesApiTest} (started once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:names;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "compliance.data-dir=target/test-data-names"
    })
class EvidenceSheetLanguagesTest {

  /** Template texts that are written the same in every language (see BundlesSyncTest). */
  private static final Set<String> SAME_EVERYWHERE =
      Set.of(
          "column.id.example",
          "column.date.example",
          "column.dateTo.example",
          "column.country.example",
          "column.recommendations.example",
          "column.sourceUrl.example",
          "column.sourcePublished.example");

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http =
        new Http(port, Map.of("ngo", "ngo-demo", "officer", "officer-demo", "admin", "admin-demo"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "kk"})
  void theTemplateHasNoEnglishLeft(String lang) throws IOException {
    Response r = http.get("/api/evidence/template.xlsx?lang=" + lang, "ngo");
    assertThat(r.status()).isEqualTo(200);
    List<String> shown = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.raw().body()))) {
      wb.forEach(s -> shown.add(s.getSheetName()));
      XSSFSheet instructions = wb.getSheetAt(0);
      XSSFSheet evidence = wb.getSheetAt(1);
      Sheet lists = wb.getSheetAt(2);
      instructions.forEach(row -> row.forEach(c -> shown.add(text(c))));
      evidence.getRow(0).forEach(c -> shown.add(text(c)));
      for (Row row : lists) {
        // the type and qualifier lists; the registry's names after them are data, not words
        for (int col = 0; col < 3 || row.getRowNum() == 0; col++) {
          if (col >= row.getLastCellNum()) {
            break;
          }
          shown.add(text(row.getCell(col)));
        }
      }
      for (XSSFDataValidation v : evidence.getDataValidations()) {
        shown.add(v.getPromptBoxTitle());
        shown.add(v.getPromptBoxText());
        shown.add(v.getErrorBoxTitle());
        shown.add(v.getErrorBoxText());
      }
    }
    Set<String> english = englishWords();
    assertThat(shown)
        .as("cells, sheet names and prompts in %s", lang)
        .doesNotContainAnyElementsOf(english);
    Locale locale = Locale.forLanguageTag(lang);
    assertThat(shown)
        .contains(
            Labels.of(EvidenceType.RELEASE, locale), Labels.of(Qualifier.HEALTH_GROUNDS, locale));
  }

  @Test
  void aSheetFilledInWithRussianAndKazakhLabelsImportsAndItsProblemsAreInRussian()
      throws IOException {
    byte[] template = http.get("/api/evidence/template.xlsx?lang=ru", "ngo").raw().body();
    Locale ru = Locale.forLanguageTag("ru");
    Locale kk = Locale.forLanguageTag("kk");
    byte[] filled;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = wb.getSheet("Сведения");
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(text(c)));
      row(
          sheet,
          1,
          header,
          Map.of(
              "Тип", Labels.of(EvidenceType.RELEASE, ru),
              "Дата", "2019-12-27",
              "Что произошло", "Искандер Еримбетов освобождён по болезни",
              "Страна", "KZ",
              "Условия",
                  Labels.of(Qualifier.HEALTH_GROUNDS, ru) + "; " + Labels.of(Qualifier.PAROLE, kk),
              "Источник: организация", "Фонд «Открытый диалог»",
              "Источник: название", "Доклад"));
      row(
          sheet,
          2,
          header,
          Map.of(
              "Тип", Labels.of(EvidenceType.DETENTION, kk),
              "Дата", "31.12.2019",
              "Что произошло", "Задержание",
              "Страна", "KZ",
              "Источник: организация", "НКО",
              "Источник: название", "Доклад"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      filled = out.toByteArray();
    }
    Response r =
        http.upload("/api/evidence/import?dryRun=true&lang=ru", "ngo", "file", "ru.xlsx", filled);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode rows = r.json().get("rows");
    assertThat(rows.get(0).get("outcome").asString()).as(r.toString()).isEqualTo("CREATED");
    JsonNode refused = rows.get(1);
    assertThat(refused.get("outcome").asString()).isEqualTo("REFUSED");
    // the field stays the data format's name; the reason is in Russian
    assertThat(refused.get("problems").get(0).get("field").asString()).isEqualTo("date");
    assertThat(refused.get("problems").get(0).get("reason").asString())
        .isEqualTo("«31.12.2019» — не дата: пишите гггг-мм-дд, гггг-мм или гггг");
  }

  private static void row(Sheet sheet, int index, List<String> header, Map<String, String> values) {
    Row row = sheet.createRow(index);
    values.forEach(
        (column, value) -> {
          assertThat(header).as("the Russian template's header").contains(column);
          row.createCell(header.indexOf(column)).setCellValue(value);
        });
  }

  /** Every English text of the template, and the English labels of types and qualifiers. */
  private static Set<String> englishWords() throws IOException {
    Properties en = new Properties();
    try (var in =
        new InputStreamReader(
            EvidenceSheetLanguagesTest.class.getResourceAsStream(
                "/org/compliance/api/evidence/spreadsheet/template.properties"),
            StandardCharsets.UTF_8)) {
      en.load(in);
    }
    Set<String> out = new HashSet<>();
    en.stringPropertyNames().stream()
        .filter(k -> !SAME_EVERYWHERE.contains(k))
        .filter(k -> en.getProperty(k).matches("(?s).*\\p{L}.*")) // "68" is 68 everywhere
        .forEach(k -> out.add(en.getProperty(k)));
    for (EvidenceType t : EvidenceType.values()) {
      out.add(Labels.of(t));
    }
    for (Qualifier q : Qualifier.values()) {
      out.add(Labels.of(q));
    }
    return out;
  }

  private static String text(org.apache.poi.ss.usermodel.Cell c) {
    return c == null ? "" : new DataFormatter().formatCellValue(c);
  }
}
