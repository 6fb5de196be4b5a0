package org.compliance.evidence;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What kind of event an evidence item reports. */
public enum EvidenceType {
  RELEASE,
  DETENTION,
  CONVICTION,
  CHARGES_DROPPED,
  CONVICTION_QUASHED,
  REHABILITATION,
  INVESTIGATION_OPENED,
  INVESTIGATION_CONCLUDED,
  LAW_ADOPTED,
  LAW_AMENDED,
  LAW_REPEALED,
  DRAFT_LAW,
  OFFICIAL_STATEMENT,
  HARASSMENT,
  TORTURE_REPORT,
  INTERNET_RESTRICTION,
  TREATY_RATIFIED,
  MEASURE_REVOKED,
  NON_COMPLIANCE_FINDING,
  ENGAGEMENT;

  /** Events that happen to people or bodies, and can say whom they concern. */
  public static final Set<EvidenceType> VICTIM_EVENTS =
      Collections.unmodifiableSet(
          EnumSet.of(
              RELEASE,
              DETENTION,
              CONVICTION,
              CHARGES_DROPPED,
              CONVICTION_QUASHED,
              REHABILITATION,
              INVESTIGATION_OPENED,
              INVESTIGATION_CONCLUDED,
              HARASSMENT,
              TORTURE_REPORT,
              INTERNET_RESTRICTION,
              MEASURE_REVOKED,
              OFFICIAL_STATEMENT));
}
