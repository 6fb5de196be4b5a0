package org.compliance.api.problem;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose body has already been read, served again from memory: its stream, and for a form
 * its parameters (Tomcat parses a form only from a body it has not handed out).
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private Map<String, String[]> parameters;

  BufferedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /**
   * Filters further on see the request as first sent, not as the re-dispatch that delivers its body
   * (Spring's once-per-request filters, CSRF among them, skip async re-dispatches).
   */
  @Override
  public DispatcherType getDispatcherType() {
    DispatcherType type = super.getDispatcherType();
    return type == DispatcherType.ASYNC ? DispatcherType.REQUEST : type;
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
    return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters().get(name);
    return values == null ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return parameters().get(name);
  }

  private Charset charset() {
    return getCharacterEncoding() == null
        ? StandardCharsets.UTF_8
        : Charset.forName(getCharacterEncoding());
  }

  /** The query's parameters, then a form body's, as Tomcat orders them. */
  private Map<String, String[]> parameters() {
    if (parameters != null) {
      return parameters;
    }
    Map<String, List<String>> all = new LinkedHashMap<>();
    super.getParameterMap()
        .forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(List.of(v)));
    String type = getContentType();
    if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      Charset charset = charset();
      for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        try {
          String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
          String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
          all.computeIfAbsent(name, x -> new ArrayList<>()).add(value);
        } catch (IllegalArgumentException malformed) {
          // Tomcat skips a malformed pair too
        }
      }
    }
    Map<String, String[]> m = new LinkedHashMap<>();
    all.forEach((k, v) -> m.put(k, v.toArray(String[]::new)));
    parameters = Collections.unmodifiableMap(m);
    return parameters;
  }
}
