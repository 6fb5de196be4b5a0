package org.compliance.api.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The API description (/v3/api-docs, Swagger UI at /swagger-ui.html) for a newcomer: what the
 * service is, how to sign in (HTTP Basic: the Authorize button), and per operation a summary, a
 * description, a working request example and every answer with its body. The words live beside each
 * handler ({@code @Operation}, {@code @ApiResponse}); here are what every operation shares: the
 * service's description, the sign-in scheme and the problem answers.
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
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema())
        .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(violation))
        .addProperty(
            "requestId", new StringSchema().description("the X-Request-Id of the request"));
  }

  /**
   * Completes each operation from its handler's annotations: every refusal the handler declares (an
   * {@code @ApiResponse} with a 4xx code, itself or through a meta-annotation such as {@link
   * RefusesRoleOrType}), plus 400, 401 and 406 that every operation has, answers a Problem with the
   * shared words above; a 304 has no body; the other answers carry the body springdoc derived from
   * the handler's return type.
   */
  @Bean
  OperationCustomizer problemAnswers() {
    return (op, handler) -> {
      describe(op, handler.getMethod());
      return op;
    };
  }

  private static void describe(Operation op, Method handler) {
    ApiResponses generated = op.getResponses() == null ? new ApiResponses() : op.getResponses();
    // Merged: also those of meta-annotations such as @RefusesRoleOrType, as springdoc reads them.
    var declared =
        AnnotatedElementUtils.findMergedRepeatableAnnotations(
            handler, io.swagger.v3.oas.annotations.responses.ApiResponse.class);
    if (declared.isEmpty()) {
      List.of("400", "401", "406").forEach(code -> generated.addApiResponse(code, problem(code)));
      op.setResponses(generated);
      return;
    }
    ApiResponse ok = generated.get("200");
    Map<String, ApiResponse> answers = new TreeMap<>();
    List.of("400", "401", "406").forEach(code -> answers.put(code, problem(code)));
    for (io.swagger.v3.oas.annotations.responses.ApiResponse doc : declared) {
      String code = doc.responseCode();
      if (code.startsWith("4")) {
        answers.put(code, problem(code));
        continue;
      }
      ApiResponse r = new ApiResponse().description(doc.description());
      ApiResponse derived = generated.get(code) == null ? ok : generated.get(code);
      if (!code.equals("304") && derived != null) {
        r.setContent(derived.getContent());
      }
      answers.put(code, r);
    }
    ApiResponses rebuilt = new ApiResponses();
    answers.forEach(rebuilt::addApiResponse);
    op.setResponses(rebuilt);
  }

  private static ApiResponse problem(String code) {
    MediaType type = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
    return new ApiResponse()
        .description(ERRORS.getOrDefault(code, "Refused"))
        .content(new Content().addMediaType("application/problem+json", type));
  }
}
