package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API description is usable by a newcomer: described, with the Basic scheme, every operation
 * summarised with its answers, and every request example accepted by the server as it stands (run
 * by the H2 and PostgreSQL contract tests).
 */
interface ApiDocsContract {

  Http http();

  /** Who may send each example: the role the operation needs. */
  Map<String, String> SENDER =
      Map.of(
          "/api/documents", "admin",
          "/api/recommendations", "admin",
          "/api/evidence", "ngo",
          "/api/evidence/{id}/review", "officer",
          "/api/evidence/{id}/names", "officer",
          "/api/evidence/{id}/withdraw", "ngo",
          "/api/entities", "admin",
          "/api/accounts", "admin",
          "/api/assessments", "officer",
          "/api/what-if", "officer");

  List<String> ORDER =
      List.of(
          "/api/documents",
          "/api/recommendations",
          "/api/evidence",
          "/api/evidence/{id}/review",
          "/api/evidence/{id}/names",
          "/api/evidence/{id}/withdraw",
          "/api/entities",
          "/api/accounts",
          "/api/assessments",
          "/api/what-if");

  @Test
  default void theApiDescriptionExplainsEveryOperationAndItsExamplesWork() {
    JsonNode docs = http().get("/v3/api-docs", "ngo").json();
    assertThat(docs.get("info").get("title").asString()).isNotBlank();
    assertThat(docs.get("info").get("description").asString()).contains("HTTP Basic");
    assertThat(docs.get("components").get("securitySchemes").get("basic").get("scheme").asString())
        .isEqualTo("basic");
    Map<String, JsonNode> examples = new java.util.HashMap<>();
    for (var path : docs.get("paths").properties()) {
      for (var op : path.getValue().properties()) {
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode o = op.getValue();
        assertThat(o.path("summary").asString("")).as(where).isNotBlank();
        assertThat(o.path("description").asString("")).as(where).isNotBlank();
        JsonNode responses = o.get("responses");
        assertThat(responses.has("401")).as(where).isTrue();
        assertThat(responses.get("401").get("content").has("application/problem+json"))
            .as(where)
            .isTrue();
        // A file upload (multipart) has no JSON example.
        boolean upload = o.path("requestBody").path("content").has("multipart/form-data");
        if (op.getKey().equals("post") && !upload) {
          assertThat(responses.has("200") || responses.has("201")).as(where).isTrue();
          JsonNode example =
              o.path("requestBody").path("content").path("application/json").path("example");
          assertThat(example.isMissingNode()).as(where + " has an example").isFalse();
          examples.put(path.getKey(), example);
        }
      }
    }
    assertThat(examples).containsKeys("/api/evidence", "/api/assessments", "/api/what-if");
    // A recommendation's example belongs to the document's example: send them in this order.
    for (String path : ORDER) {
      if (examples.containsKey(path)) {
        send(path, examples.get(path));
      }
    }
    assertThat(ORDER).containsAll(examples.keySet());
    assertThat(docs.get("paths").get("/api/assessments").get("post").get("responses").has("201"))
        .isTrue();
  }

  /**
   * Each family of refusals, written once as a meta-annotation
   * (@RefusesRoleOrType, @RefusesConflictOrSize, @ReadByETag), still reaches every operation that
   * carries it.
   */
  @Test
  default void eachOperationListsEveryAnswerItDeclares() {
    JsonNode paths = http().get("/v3/api-docs", "ngo").json().get("paths");
    Map<String, List<String>> answers =
        Map.of(
            "post /api/documents",
            List.of("201", "400", "401", "403", "406", "409", "413", "415"),
            "post /api/evidence",
            List.of("200", "201", "400", "401", "403", "406", "409", "412", "413", "415", "422"),
            "post /api/evidence/import",
            List.of("200", "201", "400", "401", "403", "406", "413", "415", "422"),
            "post /api/evidence/{id}/review",
            List.of("200", "400", "401", "403", "404", "406", "415"),
            "post /api/what-if",
            List.of("200", "400", "401", "403", "406", "415"),
            "get /api/evidence/{id}",
            List.of("200", "304", "400", "401", "404", "406"),
            "get /api/assessments/{id}/scorecard.csv",
            List.of("200", "304", "400", "401", "404", "406"));
    answers.forEach(
        (operation, codes) -> {
          String[] o = operation.split(" ");
          JsonNode responses = paths.get(o[1]).get(o[0]).get("responses");
          assertThat(responses.propertyNames()).as(operation).containsExactlyElementsOf(codes);
          if (codes.contains("304")) {
            assertThat(responses.get("304").has("content")).as(operation).isFalse();
            assertThat(responses.get("304").get("description").asString())
                .isEqualTo("Not modified since the ETag");
          }
        });
  }

  private void send(String path, JsonNode example) {
    String body = Http.json(example);
    String user = SENDER.get(path);
    if (path.equals("/api/evidence")) {
      Response plan = http().post("/api/evidence?dryRun=true", user, body);
      assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
      assertThat(plan.json().get("outcome").asString()).as(plan.toString()).isNotEqualTo("REFUSED");
      return;
    }
    String target = path;
    if (path.contains("{id}")) {
      String evidence =
          ApiContractTest.evidence(
              "Example target " + System.nanoTime(), "Aron Atabek", "2019-05-01");
      target =
          path.replace(
              "{id}", http().post("/api/evidence", "ngo", evidence).json().get("id").asString());
    }
    Response r = http().post(target, user, body);
    if (path.equals("/api/documents") || path.equals("/api/recommendations")) {
      // Sent once per database: a second run finds the example already stored.
      assertThat(r.status()).as(path + " " + r).isIn(201, 409);
    } else if (path.equals("/api/accounts")) {
      assertThat(r.status()).as(path + " " + r).isIn(201, 409); // 409: invited on an earlier run
    } else if (path.equals("/api/entities")) {
      assertThat(r.status()).as(path + " " + r).isIn(201, 400); // 400: the id is taken
    } else {
      assertThat(r.status()).as(path + " " + r).isBetween(200, 201);
    }
  }
}
