package org.compliance.api.problem;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body as it arrives, without a thread waiting for it: Tomcat calls back when bytes
 * are there. When all of it is in, the request is dispatched again with the body attached; past the
 * deadline (the async timeout) or the size limit the client is answered and cut off.
 */
final class BodyReader implements ReadListener, AsyncListener {

  private final AsyncContext async;
  private final ServletInputStream in;
  private final long limit;
  private final JsonMapper json;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final byte[] chunk = new byte[8192];
  private final AtomicBoolean done = new AtomicBoolean();

  /** The request's language: Tomcat calls back on threads that do not know it. */
  private final java.util.Locale locale =
      org.springframework.context.i18n.LocaleContextHolder.getLocale();

  BodyReader(AsyncContext async, ServletInputStream in, long limit, JsonMapper json) {
    this.async = async;
    this.in = in;
    this.limit = limit;
    this.json = json;
  }

  @Override
  public void onDataAvailable() throws IOException {
    while (!done.get() && in.isReady()) {
      int n = in.read(chunk);
      if (n < 0) {
        return;
      }
      body.write(chunk, 0, n);
      if (body.size() > limit) {
        refuse(
            HttpStatus.CONTENT_TOO_LARGE,
            Refusals.in(locale, "problem.title.bodyTooLarge"),
            Refusals.in(locale, "problem.body.overLimit", String.valueOf(limit)));
        return;
      }
    }
  }

  @Override
  public void onAllDataRead() {
    if (done.compareAndSet(false, true)) {
      async.getRequest().setAttribute(BodySizeLimitFilter.BODY, body.toByteArray());
      async.dispatch();
    }
  }

  @Override
  public void onError(Throwable t) {
    // The client went away or fell silent past the connection timeout: no one to answer.
    if (done.compareAndSet(false, true)) {
      async.complete();
    }
  }

  @Override
  public void onTimeout(AsyncEvent event) throws IOException {
    refuse(
        HttpStatus.REQUEST_TIMEOUT,
        Refusals.in(locale, "problem.title.bodyTooSlow"),
        Refusals.in(locale, "problem.body.tooSlow", String.valueOf(async.getTimeout() / 1000)));
  }

  private void refuse(HttpStatus status, String title, String reason) throws IOException {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    try {
      HttpServletResponse response = (HttpServletResponse) async.getResponse();
      response.setHeader(HttpHeaders.CONNECTION, "close");
      ProblemResponses.write(response, json, status, title, List.of(new Violation("body", reason)));
    } finally {
      async.complete();
    }
  }

  @Override
  public void onComplete(AsyncEvent event) {}

  @Override
  public void onError(AsyncEvent event) {
    onError(event.getThrowable());
  }

  @Override
  public void onStartAsync(AsyncEvent event) {}
}
