package org.compliance.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every Location the service sends (redirects of the sign-in and the pages, 201 of the API) names
 * the configured public address ({@code compliance.public-url}), never the request's Host or
 * X-Forwarded-Host: otherwise a forged header would make the service send people elsewhere. The
 * service redirects to no other site but the identity providers configured for single sign-on
 * ({@link OidcLogin#isProvider}), so any other absolute location keeps only its path and query.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class PublicAddress extends OncePerRequestFilter {

  private final Environment environment;
  private final OidcLogin oidc;
  private volatile URI base;

  public PublicAddress(Environment environment, OidcLogin oidc) {
    this.environment = environment;
    this.oidc = oidc;
  }

  /**
   * The configured address, read at the first answer: its default names the port the server listens
   * on, known only once it has started.
   */
  private URI base() {
    if (base == null) {
      String publicUrl = environment.getRequiredProperty("compliance.public-url");
      URI u = URI.create(publicUrl);
      if (u.getScheme() == null || u.getHost() == null) {
        throw new IllegalStateException(
            "compliance.public-url must be an absolute http(s) address, not '" + publicUrl + "'");
      }
      base = URI.create(u.getScheme() + "://" + u.getRawAuthority());
    }
    return base;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new Wrapper(request, response));
  }

  /** The location on the public address: resolved against the request's path, host dropped. */
  String absolute(HttpServletRequest request, String location) {
    if (oidc.isProvider(location)) {
      return location; // sign-in at a configured identity provider
    }
    URI base = base();
    URI to;
    try {
      to = base.resolve(request.getRequestURI()).resolve(URI.create(location));
    } catch (IllegalArgumentException notAnAddress) {
      to = base;
    }
    String path = to.getRawPath() == null || to.getRawPath().isEmpty() ? "/" : to.getRawPath();
    return base
        + path
        + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery())
        + (to.getRawFragment() == null ? "" : "#" + to.getRawFragment());
  }

  private final class Wrapper extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    Wrapper(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    private String fixed(String name, String value) {
      return HttpHeaders.LOCATION.equalsIgnoreCase(name) && value != null
          ? absolute(request, value)
          : value;
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, fixed(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, fixed(name, value));
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(absolute(request, location));
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
      super.sendRedirect(absolute(request, location), clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int sc) throws IOException {
      super.sendRedirect(absolute(request, location), sc);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
      super.sendRedirect(absolute(request, location), sc, clearBuffer);
    }
  }
}
