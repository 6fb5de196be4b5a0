package org.compliance.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses JSON bodies over the configured size before anything reads them (multipart uploads have
 * their own cap). A body sent without a length (chunked) is read up to the limit first, so it
 * cannot get past the cap by not declaring its size.
 */
@Component
public class BodySizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final JsonMapper json;

  public BodySizeLimitFilter(
      @Value("${compliance.max-body-bytes}") long maxBytes, JsonMapper json) {
    if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE - 8) {
      // Bodies without a length are buffered in one array: the limit must fit in it.
      throw new IllegalArgumentException(
          "compliance.max-body-bytes must be between 0 and " + (Integer.MAX_VALUE - 9));
    }
    this.maxBytes = maxBytes;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
    if (multipart) {
      chain.doFilter(request, response);
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response, "is " + declared + " bytes; the limit is " + maxBytes);
      return;
    }
    if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
      byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
      if (body.length > maxBytes) {
        refuse(response, "is over the limit of " + maxBytes + " bytes (sent without a length)");
        return;
      }
      chain.doFilter(new BufferedBodyRequest(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response, String reason) throws IOException {
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setContentType("application/problem+json");
    var body =
        ProblemHandler.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "The request body is too large",
                List.of(new Violation("body", reason)))
            .getBody();
    json.writeValue(response.getOutputStream(), body);
  }

  /** A request whose body has already been read, served again from memory. */
  private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body has already been read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      Charset charset =
          getCharacterEncoding() == null
              ? StandardCharsets.UTF_8
              : Charset.forName(getCharacterEncoding());
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
