package org.compliance.api.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal is an RFC 9457 problem (application/problem+json) with an {@code errors} list
 * naming each bad field and why, so a user can fix the request without reading server logs.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Object> api(ApiException e) {
    ResponseEntity<Object> answer = problem(e.status(), e.getMessage(), e.violations());
    e.properties().forEach(((ProblemDetail) answer.getBody())::setProperty);
    Object retry = e.properties().get(ApiException.RETRY_AFTER);
    if (retry != null) {
      return ResponseEntity.status(answer.getStatusCode())
          .headers(answer.getHeaders())
          .header(HttpHeaders.RETRY_AFTER, retry.toString())
          .body(answer.getBody());
    }
    return answer;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> parameter(MethodArgumentTypeMismatchException e) {
    String reason =
        e.getRequiredType() != null && e.getRequiredType().isEnum()
            ? Refusals.of(
                "problem.param.oneOf", Arrays.toString(e.getRequiredType().getEnumConstants()))
            : e.getRequiredType() == null
                ? Refusals.of("problem.param.invalidValue")
                : Refusals.of("problem.param.invalidType", e.getRequiredType().getSimpleName());
    return problem(
        HttpStatus.BAD_REQUEST,
        Refusals.of("problem.title.invalidParameters"),
        List.of(new Violation(e.getName(), reason)));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return problem(
        HttpStatus.CONTENT_TOO_LARGE,
        Refusals.of("problem.title.uploadTooLarge"),
        List.of(new Violation("file", Refusals.of("problem.upload.tooLarge"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return problem(
        HttpStatus.BAD_REQUEST,
        Refusals.of("problem.title.bodyUnreadable"),
        List.of(unreadable(e)));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Violation> violations = new ArrayList<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(f -> violations.add(new Violation(f.getField(), f.getDefaultMessage())));
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(g -> violations.add(new Violation(g.getObjectName(), g.getDefaultMessage())));
    return problem(HttpStatus.BAD_REQUEST, Refusals.of("problem.title.invalid"), violations);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String supported =
        e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
    return problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        Refusals.of("problem.title.unsupportedType"),
        List.of(
            new Violation(
                "Content-Type",
                Refusals.of(
                    "problem.contentType", String.valueOf(e.getContentType()), supported))));
  }

  /**
   * Spring MVC's own refusals (no such address 404, wrong method 405, unacceptable Accept 406, ...)
   * answer in the same shape, with the request id.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> answer =
        super.handleExceptionInternal(e, body, headers, status, request);
    if (answer != null && answer.getBody() instanceof ProblemDetail p) {
      String requestId = RequestIdFilter.current();
      if (requestId != null
          && (p.getProperties() == null || !p.getProperties().containsKey("requestId"))) {
        p.setProperty("requestId", requestId);
      }
      HttpHeaders out = new HttpHeaders();
      out.putAll(answer.getHeaders());
      out.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
      return ResponseEntity.status(answer.getStatusCode()).headers(out).body(p);
    }
    return answer;
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      org.springframework.web.servlet.resource.NoResourceFoundException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return problem(
        HttpStatus.NOT_FOUND,
        Refusals.of("problem.title.noSuchAddress"),
        List.of(
            new Violation("path", Refusals.of("problem.path.unknownApi", e.getResourcePath()))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      org.springframework.web.HttpRequestMethodNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String reason =
        e.getSupportedHttpMethods() == null
            ? Refusals.of("problem.method.none", e.getMethod())
            : Refusals.of(
                "problem.method",
                e.getMethod(),
                e.getSupportedHttpMethods().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining(", ")));
    ResponseEntity<Object> answer =
        problem(
            HttpStatus.METHOD_NOT_ALLOWED,
            Refusals.of("problem.title.methodNotAllowed", e.getMethod()),
            List.of(new Violation("method", reason)));
    return ResponseEntity.status(answer.getStatusCode())
        .headers(headers)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(answer.getBody());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      org.springframework.web.HttpMediaTypeNotAcceptableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String offered =
        e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
    return problem(
        HttpStatus.NOT_ACCEPTABLE,
        Refusals.of("problem.title.notAcceptable"),
        List.of(new Violation("Accept", Refusals.of("problem.accept", offered))));
  }

  private static Violation unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException u) {
      return new Violation(path(u), Refusals.of("problem.field.unknown"));
    }
    if (cause instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return new Violation(
          path(f),
          Refusals.of(
              "problem.value.notOneOf",
              String.valueOf(f.getValue()),
              Arrays.toString(f.getTargetType().getEnumConstants())));
    }
    if (cause instanceof DatabindException d && !d.getPath().isEmpty()) {
      String expected = ValueWords.expected(d);
      if (expected != null) {
        return new Violation(path(d), expected);
      }
      Throwable root = d;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String message =
          root instanceof IllegalArgumentException ? root.getMessage() : d.getOriginalMessage();
      return new Violation(path(d), message);
    }
    if (cause instanceof JacksonException j) {
      return new Violation("body", Refusals.of("problem.body.json", j.getOriginalMessage()));
    }
    return new Violation("body", Refusals.of("problem.body.missing"));
  }

  private static String path(DatabindException e) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.isEmpty() ? "body" : b.toString();
  }

  static ResponseEntity<Object> problem(
      HttpStatus status, String title, List<Violation> violations) {
    ProblemDetail p = ProblemDetail.forStatus(status);
    p.setTitle(title);
    if (!violations.isEmpty()) {
      p.setDetail(
          violations.stream()
              .map(v -> v.field() + " " + v.reason())
              .collect(Collectors.joining("; ")));
      p.setProperty("errors", violations);
    }
    String requestId = RequestIdFilter.current();
    if (requestId != null) {
      p.setProperty("requestId", requestId);
    }
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
