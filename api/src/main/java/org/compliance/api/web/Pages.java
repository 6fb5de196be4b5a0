package org.compliance.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.Violation;
import org.springframework.security.core.Authentication;

/** Small things every page controller needs. */
public final class Pages {
  private Pages() {}

  public static boolean isNgo(Authentication who) {
    return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_NGO"));
  }

  /** True when htmx asked for a part of a page rather than the whole page. */
  public static boolean partial(HttpServletRequest request) {
    return request.getHeader("HX-Request") != null
        && request.getHeader("HX-History-Restore-Request") == null;
  }

  /** The service's refusal as field -> reason, for showing next to each input. */
  public static Map<String, String> errors(ApiException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Violation v : e.violations()) {
      errors.merge(v.field(), v.reason(), (a, b) -> a + "; " + b);
    }
    if (errors.isEmpty()) {
      errors.put("", e.getMessage());
    }
    return errors;
  }

  public static Map<String, String> errors(List<Violation> violations) {
    return errors(ApiException.invalid(violations));
  }
}
