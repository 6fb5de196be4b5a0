package org.compliance.api.problem;

import java.util.List;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, with the status, a title and the bad fields. Nothing has been
 * written.
 */
public class ApiException extends RuntimeException {
  /** The property giving seconds to wait before retrying; also sent as the Retry-After header. */
  public static final String RETRY_AFTER = "retryAfter";

  private final HttpStatus status;
  private final List<Violation> violations;
  private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

  public ApiException(HttpStatus status, String title, List<Violation> violations) {
    super(title);
    this.status = status;
    this.violations = List.copyOf(violations);
  }

  /** The same refusal under another title. */
  public ApiException withTitle(String title) {
    ApiException e = new ApiException(status, title, violations);
    e.properties.putAll(properties);
    return e;
  }

  public static ApiException invalid(List<Violation> violations) {
    return new ApiException(
        HttpStatus.BAD_REQUEST, Refusals.of("problem.title.invalid"), violations);
  }

  public static ApiException invalid(String field, String reason) {
    return invalid(List.of(new Violation(field, reason)));
  }

  /**
   * Nothing at the address: {@code what} is "Thing id" ("Assessment a-12"); a thing with a {@code
   * thing.*} message is named in the reader's language.
   */
  public static ApiException notFound(String what) {
    int space = what.indexOf(' ');
    String thing = space < 0 ? what : what.substring(0, space);
    String id = space < 0 ? "" : what.substring(space + 1);
    String named = Refusals.orElse("thing." + thing, what, id).strip();
    return new ApiException(
        HttpStatus.NOT_FOUND, Refusals.of("problem.title.notFound", named), List.of());
  }

  public static ApiException conflict(String title, String field, String reason) {
    return new ApiException(HttpStatus.CONFLICT, title, List.of(new Violation(field, reason)));
  }

  /** An extra member of the problem answer, for clients (e.g. the id an item duplicates). */
  public ApiException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public java.util.Map<String, Object> properties() {
    return java.util.Collections.unmodifiableMap(properties);
  }

  public HttpStatus status() {
    return status;
  }

  public List<Violation> violations() {
    return violations;
  }
}
