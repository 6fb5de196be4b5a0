package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compliance.api.Http.Response;
import org.compliance.api.assessment.AbandonedAssessments;
import org.compliance.api.assessment.AbandonedRun;
import org.compliance.api.assessment.AssessmentStore;
import org.compliance.api.assessment.AssessmentViews;
import org.compliance.api.assessment.ResultsCodec;
import org.compliance.api.assessment.ScorecardCsv;
import org.compliance.api.assessment.ScorecardFilter;
import org.compliance.api.assessment.StoredAssessment;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceFiles;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.evidence.files.EvidenceFile;
import org.compliance.api.health.DatabaseHealth;
import org.compliance.api.security.Reader;
import org.compliance.api.workbook.ScorecardReport;
import org.compliance.api.workbook.ScorecardWorkbook;
import org.compliance.api.workbook.WorkbookCells;
import org.compliance.api.workbook.WorkbookOptions;
import org.compliance.catalogue.Catalogue;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * A scorecard stored by recommendation (V15): one recommendation and a page of findings are read
 * from their parts and say exactly what the whole scorecard says, for an officer and for an NGO
 * (the same reader filtering); an assessment stored whole before parts reads the same (run by the
 * H2 and PostgreSQL contract tests).
 */
interface AssessmentPartsContract {

  Http http();

  JdbcClient jdbc();

  AssessmentStore assessments();

  ResultsCodec codec();

  FaultAfterParts.Fault fault();

  /** A bean of the running service. */
  <T> T bean(Class<T> type);

  /**
   * What a killed process left (a row opened but never completed, and its parts, written through
   * the store as a run writes them) is deleted by the start-up cleaner; a row opened a moment ago
   * (another instance's running assessment) and a complete assessment are untouched; health then
   * counts no incomplete assessment.
   */
  @Test
  default void assessmentsAKilledProcessLeftAreDeletedAtStartButNoneStillRunning() {
    String complete = assessed();
    Catalogue catalogue = bean(CatalogueStore.class).catalogue();
    Instant now = Instant.now();
    String killed =
        AbandonedRun.leave(assessments(), catalogue, complete, now.minus(Duration.ofHours(7)));
    String running =
        AbandonedRun.leave(assessments(), catalogue, complete, now.minus(Duration.ofMinutes(5)));
    assertThat(partsOf(killed)).isEqualTo(28L);
    assertThat(incomplete()).isEqualTo(2L);

    AssessmentStore.Abandoned gone = bean(AbandonedAssessments.class).clean();

    assertThat(gone).isEqualTo(new AssessmentStore.Abandoned(1, 28));
    assertThat(partsOf(killed)).isZero();
    assertThat(
            jdbc()
                .sql("SELECT COUNT(*) FROM assessment WHERE id = ?")
                .param(killed)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(partsOf(running)).as("a run of another instance is left").isEqualTo(28L);
    assertThat(partsOf(complete)).isEqualTo(28L);
    assertThat(http().get("/api/assessments/" + complete, "officer").status()).isEqualTo(200);
    assertThat(incomplete()).isEqualTo(1L);
    assessments().discard(running);
    assertThat(incomplete()).isZero();
  }

  /**
   * The scorecard CSV, written part by part as it streams, is byte for byte what the whole
   * scorecard gave ({@link WholeScorecardCsv}, the writer before parts were streamed): the 2019
   * resolution as of 2020-02-20, for an officer and an NGO, both kinds of rows, in two languages,
   * unfiltered, narrowed and in another order.
   */
  @Test
  default void theScorecardCsvWrittenPartByPartIsTheWholeScorecardsByteForByte() throws Exception {
    String id = assessed();
    AssessmentViews views = bean(AssessmentViews.class);
    List<ScorecardFilter> filters =
        List.of(
            ScorecardFilter.NONE,
            new ScorecardFilter(RecommendationStatus.PARTIALLY_FULFILLED, null, null, null, null),
            new ScorecardFilter(null, null, null, null, ScorecardFilter.Sort.SCORE_DESC),
            new ScorecardFilter(null, null, null, "release", ScorecardFilter.Sort.STATUS));
    int compared = 0;
    for (String user : List.of("officer", "ngo")) {
      Reader reader = reader(user);
      assertThat(reader.officer()).isEqualTo(user.equals("officer"));
      for (String lang : List.of("en", "ru")) {
        Locale locale = Locale.forLanguageTag(lang);
        List<RecommendationResult> all =
            views.get(id, reader, locale).scorecard().recommendations();
        for (ScorecardFilter filter : filters) {
          List<RecommendationResult> shown = filter.apply(all, locale);
          assertThat(shown).isNotEmpty();
          for (ScorecardCsv.Rows rows : ScorecardCsv.Rows.values()) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            WholeScorecardCsv.write(shown, rows, locale, whole);
            String query = filter.query();
            Response streamed =
                http()
                    .get(
                        "/api/assessments/"
                            + id
                            + "/scorecard.csv"
                            + (query.isEmpty() ? "?" : query + "&")
                            + "lang="
                            + lang
                            + "&rows="
                            + rows.name().toLowerCase(Locale.ROOT),
                        user);
            assertThat(streamed.status()).as(streamed.toString()).isEqualTo(200);
            assertThat(new String(streamed.raw().body(), StandardCharsets.UTF_8))
                .as(user + " " + lang + " " + rows + " " + query)
                .isEqualTo(whole.toString(StandardCharsets.UTF_8));
            assertThat(streamed.raw().body()).isEqualTo(whole.toByteArray());
            compared++;
          }
        }
      }
    }
    assertThat(compared).isEqualTo(32);
  }

  /**
   * The workbook, its Findings and Details filled part by part and its Summary and Recommendations
   * from the verdicts, holds cell for cell (values, styles, sheet names, merged regions, print
   * areas, breaks, the chart) what the whole scorecard gave: the report built from the scorecard
   * the reader is shown, with the previous assessment's whole scorecard for the Summary's changes.
   */
  @Test
  default void theWorkbookWrittenPartByPartHoldsTheWholeScorecardsCells() throws Exception {
    String previous = assessed();
    String id = assessed();
    AssessmentViews views = bean(AssessmentViews.class);
    record Case(String user, String lang, ScorecardFilter filter, boolean detail) {}
    List<Case> cases =
        List.of(
            new Case("officer", "en", ScorecardFilter.NONE, true),
            new Case("officer", "ru", ScorecardFilter.NONE, false),
            new Case(
                "ngo",
                "kk",
                new ScorecardFilter(
                    RecommendationStatus.PARTIALLY_FULFILLED,
                    null,
                    null,
                    null,
                    ScorecardFilter.Sort.SCORE_DESC),
                true),
            new Case("ngo", "en", ScorecardFilter.NONE, true));
    for (Case c : cases) {
      Reader reader = reader(c.user());
      Locale locale = Locale.forLanguageTag(c.lang());
      StoredAssessment a = views.get(id, reader, locale);
      List<RecommendationResult> shown = c.filter().apply(a.scorecard().recommendations(), locale);
      assertThat(shown).isNotEmpty();
      Map<String, List<String>> names = new HashMap<>();
      bean(EvidenceFiles.class)
          .ofVisibleItems(a.scorecard().evidenceUsed())
          .forEach((e, list) -> names.put(e, list.stream().map(EvidenceFile::name).toList()));
      ScorecardReport report =
          ScorecardReport.of(
                  a.scorecard(),
                  views.sealed(a),
                  bean(EvidenceStore.class).all(),
                  a.inputHash(),
                  a.createdAt())
              .shown(shown)
              .withFiles(names);
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      ScorecardWorkbook.write(
          report,
          new WorkbookOptions(locale, c.detail(), views.get(previous, reader, locale).scorecard()),
          whole);
      String query = c.filter().query();
      Response streamed =
          http()
              .get(
                  "/api/assessments/"
                      + id
                      + "/scorecard.xlsx"
                      + (query.isEmpty() ? "?" : query + "&")
                      + "lang="
                      + c.lang()
                      + "&detail="
                      + c.detail(),
                  c.user());
      assertThat(streamed.status()).as(streamed.toString()).isEqualTo(200);
      List<String> expected = WorkbookCells.of(whole.toByteArray());
      assertThat(expected).anyMatch(l -> l.contains(" chart "));
      assertThat(WorkbookCells.of(streamed.raw().body())).as(c.toString()).isEqualTo(expected);
    }
  }

  private Reader reader(String user) {
    UserDetails details = bean(UserDetailsService.class).loadUserByUsername(user);
    return Reader.of(
        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
  }

  private long partsOf(String id) {
    return jdbc()
        .sql("SELECT COUNT(*) FROM assessment_part WHERE assessment_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  /** Incomplete assessments as the database health reports them. */
  private long incomplete() {
    var health = bean(DatabaseHealth.class).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    return ((Number) health.getDetails().get("incomplete")).longValue();
  }

  @Test
  default void oneRecommendationAndAPageOfFindingsSayWhatTheWholeScorecardSays() {
    String id = assessed();
    assertThat(
            jdbc()
                .sql("SELECT COUNT(*) FROM assessment_part WHERE assessment_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(28L);
    assertThat(
            jdbc()
                .sql("SELECT COUNT(*) FROM assessment WHERE id = ? AND results IS NULL")
                .param(id)
                .query(Long.class)
                .single())
        .as("the row keeps the summary, not the whole scorecard")
        .isEqualTo(1L);
    // Each part's place among the findings: the findings of the parts before it.
    List<long[]> places =
        jdbc()
            .sql(
                "SELECT first_finding, findings FROM assessment_part WHERE assessment_id = ?"
                    + " ORDER BY position")
            .param(id)
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .list();
    long before = 0;
    for (long[] p : places) {
      assertThat(p[0]).isEqualTo(before);
      before += p[1];
    }
    readsAsTheWhole(id);
  }

  /**
   * Parts are written as the assessment goes; one that fails after its first parts are stored
   * leaves no part and no row, and no reader saw it meanwhile.
   */
  @Test
  default void anAssessmentThatFailsAfterItsFirstPartsLeavesNothingAndWasNeverSeen() {
    long assessments = count("assessment");
    long parts = count("assessment_part");
    fault().arm();
    Response failed =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}");
    assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
    assertThat(fault().seen).hasSize(1);
    FaultAfterParts.Seen seen = fault().seen.get(0);
    assertThat(seen.parts()).as("its parts were stored before it failed").isEqualTo(28L);
    assertThat(seen.readable()).as("not readable while running").isFalse();
    assertThat(seen.listed()).as("not listed while running").isFalse();
    assertThat(count("assessment")).isEqualTo(assessments);
    assertThat(count("assessment_part")).isEqualTo(parts);
    assertThat(http().get("/api/assessments/" + seen.id(), "officer").status()).isEqualTo(404);
    // The next one is stored as ever.
    String next = assessed();
    assertThat(http().get("/api/assessments/" + next, "officer").status()).isEqualTo(200);
  }

  private long count(String table) {
    return jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  @Test
  default void anAssessmentStoredWholeBeforePartsReadsTheSame() {
    String id = assessed();
    // As written before V15: the whole scorecard in results, no summary, no parts.
    String old = id + "-whole";
    jdbc()
        .sql(
            "INSERT INTO assessment (id, created_by, created_at, documents, as_of,"
                + " include_unverified, rules_version, input_hash, overall, results, seq)"
                + " SELECT ?, created_by, created_at, documents, as_of, include_unverified,"
                + " rules_version, input_hash, overall, ?, seq FROM assessment WHERE id = ?")
        .params(old, codec().encode(assessments().find(id).orElseThrow().scorecard()), id)
        .update();
    JsonNode now = http().get("/api/assessments/" + id, "officer").json();
    JsonNode then = http().get("/api/assessments/" + old, "officer").json();
    assertThat(then.get("scorecard")).isEqualTo(now.get("scorecard"));
    assertThat(then.get("groups")).isEqualTo(now.get("groups"));
    readsAsTheWhole(old);
    for (String reader : List.of("officer", "ngo")) {
      for (JsonNode r : now.get("scorecard").get("recommendations")) {
        String path = "/recommendations/" + r.get("id").asString();
        assertThat(
                http().get("/api/assessments/" + old + path, reader).json().get("recommendation"))
            .isEqualTo(
                http().get("/api/assessments/" + id + path, reader).json().get("recommendation"));
      }
    }
    jdbc().sql("DELETE FROM assessment WHERE id = ?").param(old).update();
  }

  /**
   * Each recommendation of {@code id} as read alone, and every page of its findings, against the
   * whole scorecard, for an officer and an NGO.
   */
  private void readsAsTheWhole(String id) {
    for (String reader : List.of("officer", "ngo")) {
      JsonNode card = http().get("/api/assessments/" + id, reader).json().get("scorecard");
      List<JsonNode> findings = new ArrayList<>();
      for (JsonNode r : card.get("recommendations")) {
        Response one =
            http()
                .get(
                    "/api/assessments/" + id + "/recommendations/" + r.get("id").asString(),
                    reader);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("recommendation")).as(reader).isEqualTo(r);
        Set<String> named = new HashSet<>();
        for (JsonNode f : r.get("findings")) {
          f.get("evidenceIds").forEach(e -> named.add(e.asString()));
          findings.add(f);
        }
        List<JsonNode> expected = new ArrayList<>();
        if (card.has("corroboration")) {
          card.get("corroboration")
              .forEach(
                  c -> {
                    if (named.contains(c.get("evidenceId").asString())) {
                      expected.add(c);
                    }
                  });
        }
        List<JsonNode> corroboration = new ArrayList<>();
        one.json().get("corroboration").forEach(corroboration::add);
        assertThat(corroboration).as(reader).isEqualTo(expected);
      }
      assertThat(findings).isNotEmpty();
      List<JsonNode> paged = new ArrayList<>();
      for (int page = 0; ; page++) {
        Response p = http().get("/api/assessments/" + id + "/findings?size=7&page=" + page, reader);
        assertThat(p.status()).as(p.toString()).isEqualTo(200);
        assertThat(p.json().get("total").asLong()).isEqualTo(findings.size());
        if (p.json().get("items").isEmpty()) {
          break;
        }
        for (JsonNode row : p.json().get("items")) {
          paged.add(row.get("finding"));
        }
      }
      assertThat(paged).as(reader).isEqualTo(findings);
    }
    Response missing = http().get("/api/assessments/" + id + "/recommendations/nope", "officer");
    assertThat(missing.status()).isEqualTo(404);
    Response bad = http().get("/api/assessments/" + id + "/findings?size=0", "officer");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
  }

  private String assessed() {
    Response created =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asString();
  }
}
