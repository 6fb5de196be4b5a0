package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliance.api.Http.Response;
import org.compliance.api.assessment.AssessmentStore;
import org.compliance.api.assessment.ResultsCodec;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
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
