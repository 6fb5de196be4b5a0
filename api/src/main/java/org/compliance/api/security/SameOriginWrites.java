package org.compliance.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a write sent by a browser from another site (a form posting a file to the import, say):
 * browsers attach remembered credentials to such requests, so they must not change anything.
 * Requests without browser origin headers (scripts, curl) pass.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SameOriginWrites extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final JsonMapper json;

  public SameOriginWrites(JsonMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE.contains(request.getMethod()) || sameOrigin(request)) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDetail p = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    p.setTitle("Requests from another site cannot change anything here");
    p.setDetail("Origin " + request.getHeader("Origin") + " is not this service");
    p.setProperty(
        "errors",
        List.of(Map.of("field", "Origin", "reason", "must be this service's own address")));
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), p);
  }

  static boolean sameOrigin(HttpServletRequest request) {
    if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    try {
      URI o = URI.create(origin);
      String host = request.getHeader("Host");
      return o.getHost() != null && host != null && host.equalsIgnoreCase(o.getAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
