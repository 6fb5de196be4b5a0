package org.compliance.api.scorecard;

import org.springframework.security.core.Authentication;

/**
 * Who is reading an assessment. Officers (and admins) see every item; an NGO sees verified items
 * and its own submissions, and no provisional assessment (one counting unreviewed items).
 */
public record Reader(String name, boolean officer) {

  public static Reader of(Authentication who) {
    boolean officer =
        who.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals("ROLE_OFFICER")
                        || a.getAuthority().equals("ROLE_ADMIN"));
    return new Reader(who.getName(), officer);
  }

  /** Whether this reader may see an assessment run with or without unreviewed items. */
  public boolean mayRead(boolean provisional) {
    return officer || !provisional;
  }
}
