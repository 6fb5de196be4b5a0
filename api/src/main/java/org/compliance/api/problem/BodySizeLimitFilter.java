package org.compliance.api.problem;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.compliance.evidence.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses JSON bodies over the configured size before anything reads them (multipart uploads have
 * their own cap). A body sent without a length (chunked) is read up to the limit first, so it
 * cannot get past the cap by not declaring its size.
 *
 * <p>Runs before sign-in and reads every other body without holding a worker thread while the bytes
 * trickle in: a client sending a byte every few seconds (never silent long enough for the
 * connection timeout) would otherwise keep a worker for as long as it likes, and a few hundred of
 * them stop the service. The body must arrive within a deadline (a few seconds plus time for its
 * size at a modest rate), else 408. One client address may send only so many bodies at once ({@link
 * PendingBodies}), else 429 with Retry-After.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class BodySizeLimitFilter extends OncePerRequestFilter {

  /** The request attribute holding a body read ahead, for the dispatch that serves it. */
  static final String BODY = BodySizeLimitFilter.class.getName() + ".body";

  private final long maxBytes;
  private final Duration deadline;
  private final long minBytesPerSecond;
  private final JsonMapper json;
  private final PendingBodies pending;

  public BodySizeLimitFilter(
      @Value("${compliance.max-body-bytes}") long maxBytes,
      @Value("${compliance.body-deadline:5s}") Duration deadline,
      @Value("${compliance.body-min-bytes-per-second:65536}") long minBytesPerSecond,
      JsonMapper json,
      PendingBodies pending) {
    if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE - 8) {
      // Bodies without a length are buffered in one array: the limit must fit in it.
      throw new IllegalArgumentException(
          "compliance.max-body-bytes must be between 0 and " + (Integer.MAX_VALUE - 9));
    }
    this.maxBytes = maxBytes;
    this.deadline = deadline;
    this.minBytesPerSecond = Math.max(1, minBytesPerSecond);
    this.json = json;
    this.pending = pending;
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false; // the dispatch that delivers a body read ahead
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ASYNC) {
      byte[] body = (byte[]) request.getAttribute(BODY);
      request.removeAttribute(BODY);
      chain.doFilter(body == null ? request : new BufferedBodyRequest(request, body), response);
      return;
    }
    String type = request.getContentType();
    boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
    if (multipart) {
      chain.doFilter(request, response);
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(
          response,
          Refusals.of(
              "problem.body.declaredTooLarge", String.valueOf(declared), String.valueOf(maxBytes)));
      return;
    }
    boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
    if (declared <= 0 && !chunked) {
      chain.doFilter(request, response);
      return;
    }
    if (request.isAsyncSupported()) {
      String address = request.getRemoteAddr();
      if (!pending.tryAcquire(address)) {
        response.setHeader("Retry-After", "5");
        response.setHeader("Connection", "close");
        ProblemResponses.write(
            response,
            json,
            HttpStatus.TOO_MANY_REQUESTS,
            Refusals.of("problem.title.tooManyRequests"),
            List.of(new Violation("body", Refusals.of("problem.body.tooManyRequests"))));
        return;
      }
      AsyncContext async = request.startAsync();
      async.addListener(new Released(() -> pending.release(address)));
      long size = chunked ? maxBytes : declared;
      async.setTimeout(deadline.toMillis() + size * 1000 / minBytesPerSecond);
      ServletInputStream in = request.getInputStream();
      BodyReader reader = new BodyReader(async, in, maxBytes, json);
      async.addListener(reader);
      in.setReadListener(reader);
      return;
    }
    if (chunked) {
      byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
      if (body.length > maxBytes) {
        refuse(response, Refusals.of("problem.body.overLimitChunked", String.valueOf(maxBytes)));
        return;
      }
      chain.doFilter(new BufferedBodyRequest(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Gives the address's place back when the body's request is over, however it ended. */
  private record Released(Runnable release) implements AsyncListener {
    @Override
    public void onComplete(AsyncEvent event) {
      release.run();
    }

    @Override
    public void onTimeout(AsyncEvent event) {}

    @Override
    public void onError(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {}
  }

  private void refuse(HttpServletResponse response, String reason) throws IOException {
    ProblemResponses.write(
        response,
        json,
        HttpStatus.CONTENT_TOO_LARGE,
        Refusals.of("problem.title.bodyTooLarge"),
        List.of(new Violation("body", reason)));
  }
}
