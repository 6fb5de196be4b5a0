package org.compliance.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.compliance.evidence.Violation;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page: anything the servlet container turns into an error (an exception outside Spring
 * MVC, a status sent by a filter) answers as problem+json like every other refusal; a browser
 * asking for HTML gets the error page instead.
 */
@RestController
public class ProblemErrorController implements ErrorController {

  /** A browser asking for a page (not the API) gets the error page in its language. */
  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView page(HttpServletRequest request) {
    HttpStatus status = status(request);
    return new ModelAndView("error", Map.of("status", status.value(), "errors", Map.of()), status);
  }

  @RequestMapping("/error")
  public ResponseEntity<Object> error(HttpServletRequest request) {
    HttpStatus status = status(request);
    Object uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String forwarded
            ? forwarded
            : request.getRequestURI();
    String title =
        status.is5xxServerError()
            ? Refusals.of("problem.title.serverError")
            : Refusals.orElse("problem.title.status." + status.value(), status.getReasonPhrase());
    List<Violation> violations =
        status == HttpStatus.NOT_FOUND
            ? List.of(
                new Violation("path", Refusals.of("problem.path.unknown", String.valueOf(uri))))
            : List.of();
    return ProblemHandler.problem(status, title, violations);
  }

  /**
   * The status of the error forwarded here; asked for directly (GET /error), the error page is not
   * an address of its own: 404.
   */
  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code == null) {
      return HttpStatus.NOT_FOUND;
    }
    return code instanceof Integer i && HttpStatus.resolve(i) != null
        ? HttpStatus.valueOf(i)
        : HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
