package org.compliance.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.evidence.Violation;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an endpoint does not know ({@code type=} on a list without that filter,
 * a misspelt {@code sotr=}) with 400, so a caller never believes a filter worked when it was
 * ignored.
 */
public class UnknownParameterInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    if (!(h instanceof HandlerMethod handler)) {
      return true;
    }
    Set<String> known = new TreeSet<>();
    for (MethodParameter p : handler.getMethodParameters()) {
      RequestParam param = p.getParameterAnnotation(RequestParam.class);
      if (param == null) {
        // A record of query parameters (a filter bound as a whole) takes its components' names.
        if (p.getParameterType().isRecord() && !p.hasParameterAnnotation(RequestBody.class)) {
          for (var c : p.getParameterType().getRecordComponents()) {
            known.add(c.getName());
          }
        }
        continue;
      }
      if (Map.class.isAssignableFrom(p.getParameterType())) {
        return true; // takes any parameter
      }
      String name = !param.name().isEmpty() ? param.name() : param.value();
      known.add(name.isEmpty() ? p.getParameterName() : name);
    }
    List<Violation> unknown = new ArrayList<>();
    for (String name : request.getParameterMap().keySet()) {
      if (!known.contains(name)) {
        unknown.add(
            new Violation(
                name,
                known.isEmpty()
                    ? Refusals.of("problem.param.unknown")
                    : Refusals.of("problem.param.unknownTakes", String.join(", ", known))));
      }
    }
    if (!unknown.isEmpty()) {
      throw ApiException.invalid(unknown).withTitle(Refusals.of("problem.title.unknownParameters"));
    }
    return true;
  }
}
