package org.compliance.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a plain token), in the
 * answer's header, in every log line (MDC key {@code requestId}) and in every problem answer, so a
 * user's error report leads straight to the log lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  static final String ATTRIBUTE = RequestIdFilter.class.getName();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false; // the error page answers with the same id
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false; // so does a request served after its body was read ahead
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = (String) request.getAttribute(ATTRIBUTE);
    if (id == null) {
      String given = request.getHeader(HEADER);
      id =
          given != null && TOKEN.matcher(given).matches()
              ? given
              : UUID.randomUUID().toString().substring(0, 18);
      request.setAttribute(ATTRIBUTE, id);
    }
    if (!response.containsHeader(HEADER)) {
      response.setHeader(HEADER, id);
    }
    String outer = MDC.get(MDC_KEY);
    MDC.put(MDC_KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (outer == null) {
        MDC.remove(MDC_KEY);
      } else {
        MDC.put(MDC_KEY, outer);
      }
    }
  }

  /** The id of the request being served, or null outside a request. */
  public static String current() {
    return MDC.get(MDC_KEY);
  }
}
