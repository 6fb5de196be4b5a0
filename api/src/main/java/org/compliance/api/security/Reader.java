package org.compliance.api.security;

import org.compliance.evidence.ReviewStatus;
import org.springframework.security.core.Authentication;

/**
 * Who is reading, and the one place that decides what they may see. Officers (and admins) see
 * everything; an NGO sees verified items and its organisation's own, no provisional assessment (one
 * counting unreviewed items), and of another organisation's items only the current verified
 * content: not who submitted it, the review notes or its earlier revisions. Until accounts belong
 * to organisations, each NGO account is its own organisation ({@link #sameOrganisation}); the list
 * queries say {@link #maySee} in SQL (EvidenceStore.list, EvidenceQuery: verified, or submitted by
 * the reader) and follow it when organisations come.
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

  /** Whether this reader may see an item in this state, submitted by this account. */
  public boolean maySee(ReviewStatus status, String submittedBy) {
    return status == ReviewStatus.VERIFIED || mayFollow(submittedBy);
  }

  /**
   * Whether this reader may follow an item's making: who submitted it, the review notes, its
   * earlier revisions (its organisation and officers).
   */
  public boolean mayFollow(String submittedBy) {
    return officer || sameOrganisation(submittedBy);
  }

  /**
   * Whether this reader's organisation submitted the item (officers included only for their own).
   */
  public boolean submitted(String submittedBy) {
    return sameOrganisation(submittedBy);
  }

  private boolean sameOrganisation(String submittedBy) {
    return name.equals(submittedBy);
  }
}
