package org.compliance.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page: anything the servlet container turns into an error (an exception outside Spring
 * MVC, a status sent by a filter) answers as problem+json like every other refusal.
 */
@RestController
public class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  public ResponseEntity<Object> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i && HttpStatus.resolve(i) != null
            ? HttpStatus.valueOf(i)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String title =
        status.is5xxServerError()
            ? "Something went wrong on the server; the request id leads to the log lines"
            : status.getReasonPhrase();
    List<Violation> violations =
        status == HttpStatus.NOT_FOUND && uri != null
            ? List.of(new Violation("path", "'" + uri + "' is not an address of this service"))
            : List.of();
    return ProblemHandler.problem(status, title, violations);
  }
}
