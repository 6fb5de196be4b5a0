package org.compliance.api.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries, pages and API alike: scripts, styles and images from this
 * service only (no inline script, so injected markup cannot run), no framing, and no full address
 * in the Referer sent to other sites.
 */
public final class BrowserHeaders {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private BrowserHeaders() {}

  public static Customizer<HeadersConfigurer<HttpSecurity>> all() {
    return h ->
        h.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
  }
}
