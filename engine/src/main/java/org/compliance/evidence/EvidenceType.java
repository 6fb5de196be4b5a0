package org.compliance.evidence;

import static org.compliance.evidence.EvidenceType.Field.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What kind of event an evidence item reports. */
public enum EvidenceType {
  RELEASE(PERSONS, COUNT),
  DETENTION(PERSONS, COUNT, UNTIL),
  CONVICTION(PERSONS, LAWS, COUNT),
  CHARGES_DROPPED(PERSONS),
  CONVICTION_QUASHED(PERSONS),
  REHABILITATION(PERSONS),
  INVESTIGATION_OPENED(PERSONS, ORGANISATIONS),
  INVESTIGATION_CONCLUDED(PERSONS, ORGANISATIONS),
  LAW_ADOPTED(LAWS),
  LAW_AMENDED(LAWS),
  LAW_REPEALED(LAWS),
  DRAFT_LAW(LAWS),
  OFFICIAL_STATEMENT(LAWS, ORGANISATIONS),
  HARASSMENT(PERSONS, ORGANISATIONS, COUNT, UNTIL),
  TORTURE_REPORT(PERSONS, COUNT),
  INTERNET_RESTRICTION(LAWS, ORGANISATIONS, UNTIL),
  TREATY_RATIFIED(LAWS),
  MEASURE_REVOKED(LAWS, ORGANISATIONS, COUNT),
  NON_COMPLIANCE_FINDING(LAWS, ORGANISATIONS),
  ENGAGEMENT(ORGANISATIONS);

  /**
   * What an item of a type says beyond its date, summary and source: the fields the form, the
   * template and the reader ask for. Each type names its own, so a new type cannot be added without
   * deciding them.
   */
  public enum Field {
    /** who the event happened to, or who acted */
    PERSONS,
    /** the laws or articles concerned */
    LAWS,
    /** the bodies concerned (a party, a media outlet, a ministry) */
    ORGANISATIONS,
    /** how many people or bodies */
    COUNT,
    /** until when (a detention or a restriction that lasted) */
    UNTIL
  }

  private final Set<Field> fields;

  EvidenceType(Field first, Field... more) {
    this.fields = Collections.unmodifiableSet(EnumSet.of(first, more));
  }

  /** Whether an item of this type says {@code field}. */
  public boolean has(Field field) {
    return fields.contains(field);
  }

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
