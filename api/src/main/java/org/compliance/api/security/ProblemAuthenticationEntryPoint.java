package org.compliance.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.compliance.api.problem.ProblemResponses;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 as problem+json, with the Basic challenge so clients know to send credentials; 429 with
 * Retry-After when sign-ins are throttled.
 */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final JsonMapper json;

  public ProblemAuthenticationEntryPoint(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof TooManySignIns throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      ProblemResponses.write(
          response,
          json,
          HttpStatus.TOO_MANY_REQUESTS,
          Refusals.of("problem.title.throttled"),
          List.of(new Violation("Authorization", Refusals.of("problem.auth.throttled"))));
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"compliance\"");
    boolean sent = request.getHeader("Authorization") != null;
    ProblemResponses.write(
        response,
        json,
        HttpStatus.UNAUTHORIZED,
        Refusals.of("problem.title.signIn"),
        List.of(
            new Violation(
                "Authorization",
                Refusals.of(sent ? "problem.auth.wrong" : "problem.auth.missing"))));
  }
}
