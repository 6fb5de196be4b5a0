package org.compliance.api.notice;

import java.util.EnumSet;
import java.util.Set;

/** What a notice is about; each user chooses which kinds they want, and which by e-mail too. */
public enum NoticeKind {
  /** An officer verified an item of the reader's organisation. */
  ITEM_VERIFIED(false),
  /** An officer rejected an item of the reader's organisation (with what to fix). */
  ITEM_REJECTED(false),
  /** An organisation corrected an item: back in the review queue. */
  ITEM_CORRECTED(true),
  /** Sources disagree in a new assessment: an officer should check. */
  CONFLICTS(true),
  /** A document the reader follows has a new assessment. */
  NEW_ASSESSMENT(false);

  private final boolean forOfficers;

  NoticeKind(boolean forOfficers) {
    this.forOfficers = forOfficers;
  }

  /** The kinds a reader can receive: officers all, organisations those about their own work. */
  public static Set<NoticeKind> offeredTo(boolean officer) {
    Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
    for (NoticeKind k : values()) {
      if (officer || !k.forOfficers) {
        kinds.add(k);
      }
    }
    return kinds;
  }
}
