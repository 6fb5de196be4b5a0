package org.compliance.api.web;

import jakarta.servlet.http.HttpServletResponse;
import org.compliance.api.problem.ApiException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal from a service, met on a page, shown as a page (the API answers problem+json through
 * ProblemHandler).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

  @ExceptionHandler(ApiException.class)
  public String refused(ApiException e, HttpServletResponse response, Model model) {
    response.setStatus(e.status().value());
    Object retry = e.properties().get(ApiException.RETRY_AFTER);
    if (retry != null) {
      response.setHeader("Retry-After", retry.toString());
    }
    model.addAttribute("status", e.status().value());
    model.addAttribute("errors", Pages.errors(e));
    return "error";
  }
}
