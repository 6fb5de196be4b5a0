package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A second country through the service, as data only: a Kyrgyz document (a made-up bundle) is
 * published through {@code POST /api/documents}, its country file {@code countries/KG.json} being
 * on the class path (test resources here); no Java knows Kyrgyzstan. Its evidence names a person
 * who has a namesake in Kazakhstan's seed registry and an article of the Kyrgyz Criminal Code in
 * Russian: both are read as Kyrgyzstan's (run by the H2 and PostgreSQL contract tests).
 */
interface SecondCountryContract {

  Http http();

  private static String bundle(String id) {
    try (InputStream in =
        SecondCountryContract.class.getResourceAsStream("/second-country/kg-2023-test.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("kg-2023-test", id);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String verified(String type, String date, String field, String name) {
    String body =
        """
        {"type":"%s","date":"%s","summary":"Kyrgyz monitoring note %s","country":"KG",
         "%s":["%s"],
         "source":{"organisation":"Test monitor","title":"Monitoring note","published":"%s"}}
        """
            .formatted(type, date, System.nanoTime(), field, name, date);
    Response stored = http().post("/api/evidence", "ngo", body);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    String id = stored.json().get("id").asString();
    Response reviewed =
        http()
            .post(
                "/api/evidence/" + id + "/review",
                "officer",
                "{\"decision\":\"VERIFIED\",\"note\":\"checked against the court record\"}");
    assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
    return id;
  }

  @Test
  default void aSecondCountrysDocumentIsPublishedAndAssessedFromItsOwnNames() {
    String id = "kg-" + Long.toString(System.nanoTime(), 36);
    Response created = http().post("/api/documents", "admin", bundle(id));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    String release = verified("RELEASE", "2023-03-01", "persons", "Maks Bokayev");
    String repeal =
        verified(
            "LAW_REPEALED",
            "2023-05-10",
            "laws",
            "статья 299 Уголовного кодекса Кыргызской Республики");

    Response assessed =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"" + id + "\",\"asOf\":\"2023-12-31\"}");
    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
    Response card =
        http().get("/api/assessments/" + assessed.json().get("id").asString(), "officer");
    assertThat(card.status()).isEqualTo(200);
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode r : card.json().get("scorecard").get("recommendations")) {
      byId.put(r.get("id").asString(), r);
    }
    assertThat(byId.get(id + "-01").get("status").asString()).isNotEqualTo("NOT_ASSESSED");
    assertThat(byId.get(id + "-01").toString()).contains(release);
    assertThat(byId.get(id + "-02").get("status").asString()).isEqualTo("FULFILLED");
    assertThat(byId.get(id + "-02").toString()).contains(repeal);
    assertThat(byId.get(id + "-03").get("status").asString()).isEqualTo("NOT_ASSESSED");

    // Kazakhstan's Maks Bokayev is not the Kyrgyz one: the release is no KZ finding.
    Response kz =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2023-12-31\"}");
    assertThat(kz.status()).as(kz.toString()).isEqualTo(201);
    Response kzCard = http().get("/api/assessments/" + kz.json().get("id").asString(), "officer");
    assertThat(kzCard.raw().body()).isNotEmpty();
    assertThat(new String(kzCard.raw().body(), StandardCharsets.UTF_8)).doesNotContain(release);
  }

  @Test
  default void anEntitysCountryIsAnIsoCodeOrInternational() {
    String id = "kg-person-" + Long.toString(System.nanoTime(), 36);
    String body = "{\"type\":\"PERSON\",\"id\":\"%s\",\"name\":\"Test Person\",\"country\":\"%s\"}";
    Response bad = http().post("/api/entities", "admin", body.formatted(id, "Kyrgyzstan"));
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("country");
    assertThat(bad.json().get("errors").get(0).get("reason").asString()).contains("ISO");
    Response added = http().post("/api/entities", "admin", body.formatted(id, "KG"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().get("country").asString()).isEqualTo("KG");
  }
}
