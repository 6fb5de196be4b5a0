package org.compliance.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses JSON bodies over the configured size before anything reads them (multipart uploads have
 * their own cap).
 */
@Component
public class BodySizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final JsonMapper json;

  public BodySizeLimitFilter(
      @Value("${compliance.max-body-bytes}") long maxBytes, JsonMapper json) {
    this.maxBytes = maxBytes;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
    if (!multipart && request.getContentLengthLong() > maxBytes) {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType("application/problem+json");
      var body =
          ProblemHandler.problem(
                  HttpStatus.CONTENT_TOO_LARGE,
                  "The request body is too large",
                  List.of(
                      new Violation(
                          "body",
                          "is "
                              + request.getContentLengthLong()
                              + " bytes; the limit is "
                              + maxBytes)))
              .getBody();
      json.writeValue(response.getOutputStream(), body);
      return;
    }
    chain.doFilter(request, response);
  }
}
