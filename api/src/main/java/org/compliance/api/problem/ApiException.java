package org.compliance.api.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, with the status, a title and the bad fields. Nothing has been
 * written.
 */
public class ApiException extends RuntimeException {
  private final HttpStatus status;
  private final List<Violation> violations;

  public ApiException(HttpStatus status, String title, List<Violation> violations) {
    super(title);
    this.status = status;
    this.violations = List.copyOf(violations);
  }

  public static ApiException invalid(List<Violation> violations) {
    return new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields", violations);
  }

  public static ApiException invalid(String field, String reason) {
    return invalid(List.of(new Violation(field, reason)));
  }

  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, what + " not found", List.of());
  }

  public static ApiException conflict(String title, String field, String reason) {
    return new ApiException(HttpStatus.CONFLICT, title, List.of(new Violation(field, reason)));
  }

  public HttpStatus status() {
    return status;
  }

  public List<Violation> violations() {
    return violations;
  }
}
