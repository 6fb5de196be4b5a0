package org.compliance.api.security;

import org.compliance.evidence.ReviewStatus;
import org.springframework.security.core.Authentication;

/**
 * Who is reading, and the one place that decides what they may see. Officers (and admins) see
 * everything; an NGO member sees verified items and every item of its organisation (its other
 * members' too), no provisional assessment (one counting unreviewed items), and of another
 * organisation's items only the current verified content: not who submitted it, the review notes or
 * its earlier revisions. Items are compared by the submitter's organisation (the evidence row's
 * {@code submitter_org}); the list queries say {@link #maySee} in SQL (EvidenceStore.list,
 * EvidenceQuery: verified, or of the reader's organisation).
 */
public record Reader(String name, boolean officer, String organisation) {

  public static Reader of(Authentication who) {
    if (who.getPrincipal() instanceof HasMember s) {
      return s.member().reader();
    }
    boolean officer =
        who.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals("ROLE_OFFICER")
                        || a.getAuthority().equals("ROLE_ADMIN"));
    // Not one of our sign-ins (none today): an organisation of its own.
    return new Reader(who.getName(), officer, "user:" + who.getName());
  }

  /** Whether this reader may see an assessment run with or without unreviewed items. */
  public boolean mayRead(boolean provisional) {
    return officer || !provisional;
  }

  /** Whether this reader may see an item in this state, submitted by this organisation. */
  public boolean maySee(ReviewStatus status, String submitterOrganisation) {
    return status == ReviewStatus.VERIFIED || mayFollow(submitterOrganisation);
  }

  /**
   * Whether this reader may follow an item's making: who submitted it, the review notes, its
   * earlier revisions (its organisation and officers).
   */
  public boolean mayFollow(String submitterOrganisation) {
    return officer || submitted(submitterOrganisation);
  }

  /**
   * Whether this reader's organisation submitted the item (officers included only for their own).
   */
  public boolean submitted(String submitterOrganisation) {
    return organisation != null && organisation.equals(submitterOrganisation);
  }
}
