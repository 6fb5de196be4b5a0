package org.compliance.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.compliance.api.problem.ProblemResponses;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 403 as problem+json: signed in, but this account's role may not do this. */
@Component
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

  private final JsonMapper json;

  public ProblemAccessDeniedHandler(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    ProblemResponses.write(
        response,
        json,
        HttpStatus.FORBIDDEN,
        Refusals.of("problem.title.forbidden"),
        List.of(
            new Violation(
                request.getMethod() + " " + request.getRequestURI(),
                Refusals.of("problem.forbidden"))));
  }
}
