package org.compliance.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Requests the security firewall refuses (encoded slashes, "..", odd methods) as problem+json. */
@Component
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

  private final JsonMapper json;

  public ProblemRequestRejectedHandler(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    ProblemResponses.write(
        response,
        json,
        HttpStatus.BAD_REQUEST,
        Refusals.of("problem.title.refused"),
        List.of(new Violation("request", Refusals.of("problem.request.malformed"))));
  }
}
