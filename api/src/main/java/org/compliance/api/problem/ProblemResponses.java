package org.compliance.api.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem answer straight to a servlet response (filters, security handlers). */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static void write(
      HttpServletResponse response,
      JsonMapper json,
      HttpStatus status,
      String title,
      List<Violation> violations)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(
        response.getOutputStream(), ProblemHandler.problem(status, title, violations).getBody());
  }
}
