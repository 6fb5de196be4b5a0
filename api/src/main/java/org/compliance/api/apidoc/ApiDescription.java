package org.compliance.api.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API description (/v3/api-docs, Swagger UI at /swagger-ui.html) for a newcomer: what the
 * service is, how to sign in (HTTP Basic: the Authorize button), and per operation a summary, a
 * description, a working request example and every answer with its body. The words live in {@link
 * Operations}, not in annotations on the controllers.
 */
@Configuration
public class ApiDescription {

  static final String BASIC = "basic";
  private static final String PROBLEM = "Problem";
  private static final Map<String, String> ERRORS =
      Map.of(
          "400", "Bad input: the errors list names each field and what is expected",
          "401", "Not signed in, or a wrong user name or password",
          "403", "Signed in, but this account's role may not do this",
          "404", "No such item",
          "406", "The Accept header asks for a type this address does not offer",
          "409", "Conflicts with what is stored (a duplicate, an id already taken)",
          "412", "If-Match names an older version of the item: read it again, send its ETag",
          "413", "The body or file is too large",
          "415", "The Content-Type is not accepted here",
          "422", "Understood but refused (e.g. an Idempotency-Key reused with another body)");

  @Bean
  OpenAPI apiInfo() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Compliance scoring API")
                .version("1")
                .description(
                    "Scores how far the recommendations of European Parliament resolutions and"
                        + " other documents are fulfilled, from evidence that NGOs and officers"
                        + " submit and officers review. NGOs submit evidence (JSON or the Excel"
                        + " template); officers review it and run assessments; admins add"
                        + " documents. Sign in with HTTP Basic (the Authorize button). Every"
                        + " refusal is application/problem+json naming each bad field; every"
                        + " answer carries an X-Request-Id that the logs share. Lists are paged"
                        + " (page from 0, size up to 500, sort=field[,desc]) and refuse"
                        + " parameters they do not know."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("User name and password of your account"))
                .addSchemas(PROBLEM, problemSchema()))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  private static Schema<?> problemSchema() {
    Schema<?> violation =
        new ObjectSchema()
            .addProperty("field", new StringSchema().description("the field, parameter or row"))
            .addProperty("reason", new StringSchema().description("what is expected, in words"));
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .addProperty("type", new StringSchema())
        .addProperty("title", new StringSchema())
        .addProperty("status", new Schema<Integer>().type("integer"))
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema())
        .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(violation))
        .addProperty(
            "requestId", new StringSchema().description("the X-Request-Id of the request"));
  }

  @Bean
  OpenApiCustomizer operationWords(JsonMapper json) {
    return api -> {
      if (api.getPaths() == null) {
        return;
      }
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, op) -> {
                            Operations.Doc doc = Operations.ALL.get(method.name() + " " + path);
                            describe(op, doc, json);
                          }));
    };
  }

  private static void describe(Operation op, Operations.Doc doc, JsonMapper json) {
    ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
    ApiResponse ok = responses.get("200");
    if (doc != null) {
      op.setSummary(doc.summary());
      op.setDescription(doc.description());
      if (doc.example() != null
          && op.getRequestBody() != null
          && op.getRequestBody().getContent() != null) {
        Object example = json.readValue(doc.example(), Object.class);
        op.getRequestBody().getContent().values().forEach(m -> m.setExample(example));
      }
      ApiResponses rebuilt = new ApiResponses();
      for (Map.Entry<String, String> s : new TreeMap<>(doc.success()).entrySet()) {
        ApiResponse r = new ApiResponse().description(s.getValue());
        if (!s.getKey().equals("304") && ok != null) {
          r.setContent(ok.getContent());
        }
        rebuilt.addApiResponse(s.getKey(), r);
      }
      List<String> errors = new ArrayList<>(List.of("400", "401", "406"));
      errors.addAll(List.of(doc.errors()));
      errors.stream()
          .sorted()
          .distinct()
          .forEach(code -> rebuilt.addApiResponse(code, problem(code)));
      op.setResponses(rebuilt);
    } else {
      List.of("400", "401", "406").forEach(code -> responses.addApiResponse(code, problem(code)));
      op.setResponses(responses);
    }
  }

  private static ApiResponse problem(String code) {
    MediaType type = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
    return new ApiResponse()
        .description(ERRORS.getOrDefault(code, "Refused"))
        .content(new Content().addMediaType("application/problem+json", type));
  }
}
