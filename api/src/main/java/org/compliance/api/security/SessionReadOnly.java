package org.compliance.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API reads a sign-in made on the pages (so Swagger UI in the same browser works signed in),
 * but never writes one into a session: a Basic-authenticated call stays stateless and cannot change
 * who a browser's session belongs to.
 */
final class SessionReadOnly implements SecurityContextRepository {

  private final HttpSessionSecurityContextRepository session =
      new HttpSessionSecurityContextRepository();
  private final RequestAttributeSecurityContextRepository request =
      new RequestAttributeSecurityContextRepository();

  SessionReadOnly() {
    session.setAllowSessionCreation(false);
  }

  @Override
  public DeferredSecurityContext loadDeferredContext(HttpServletRequest r) {
    DeferredSecurityContext fromRequest = request.loadDeferredContext(r);
    DeferredSecurityContext fromSession = session.loadDeferredContext(r);
    return new DeferredSecurityContext() {
      @Override
      public SecurityContext get() {
        return fromRequest.isGenerated() ? fromSession.get() : fromRequest.get();
      }

      @Override
      public boolean isGenerated() {
        return fromRequest.isGenerated() && fromSession.isGenerated();
      }
    };
  }

  @Override
  @SuppressWarnings("deprecation")
  public SecurityContext loadContext(
      org.springframework.security.web.context.HttpRequestResponseHolder holder) {
    return loadDeferredContext(holder.getRequest()).get();
  }

  @Override
  public void saveContext(SecurityContext c, HttpServletRequest r, HttpServletResponse response) {
    request.saveContext(c, r, response);
  }

  @Override
  public boolean containsContext(HttpServletRequest r) {
    return request.containsContext(r) || session.containsContext(r);
  }

  /**
   * Whether a call needs the CSRF token: a change (not GET, HEAD, OPTIONS) sent with a browser's
   * session cookie and no credentials of its own. Basic-authenticated clients send no cookie a
   * forged page could ride on.
   */
  static boolean needsToken(HttpServletRequest r) {
    String method = r.getMethod();
    boolean safe = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    return !safe && r.getHeader("Authorization") == null && r.getRequestedSessionId() != null;
  }
}
