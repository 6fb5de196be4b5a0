package org.compliance.api.evidence;

import static org.compliance.evidence.EvidenceType.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * Which inputs the submission form asks for, per evidence type: who (persons), which law, which
 * organisation, how many, until when; and the qualifiers that apply to the type.
 */
public final class TypeFields {
  private TypeFields() {}

  private static final Set<EvidenceType> PERSONS =
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
          TORTURE_REPORT);
  private static final Set<EvidenceType> LAWS =
      EnumSet.of(
          CONVICTION,
          LAW_ADOPTED,
          LAW_AMENDED,
          LAW_REPEALED,
          DRAFT_LAW,
          TREATY_RATIFIED,
          MEASURE_REVOKED,
          INTERNET_RESTRICTION,
          NON_COMPLIANCE_FINDING,
          OFFICIAL_STATEMENT);
  private static final Set<EvidenceType> ORGANISATIONS =
      EnumSet.of(
          HARASSMENT,
          ENGAGEMENT,
          NON_COMPLIANCE_FINDING,
          OFFICIAL_STATEMENT,
          INVESTIGATION_OPENED,
          INVESTIGATION_CONCLUDED,
          MEASURE_REVOKED,
          INTERNET_RESTRICTION);
  private static final Set<EvidenceType> COUNT =
      EnumSet.of(RELEASE, DETENTION, CONVICTION, HARASSMENT, TORTURE_REPORT, MEASURE_REVOKED);
  private static final Set<EvidenceType> UNTIL =
      EnumSet.of(DETENTION, HARASSMENT, INTERNET_RESTRICTION);

  /** Every field when no type is chosen yet. */
  public static boolean asks(EvidenceType type, String field) {
    if (type == null) {
      return true;
    }
    return switch (field) {
      case "persons" -> PERSONS.contains(type);
      case "laws" -> LAWS.contains(type);
      case "organisations" -> ORGANISATIONS.contains(type);
      case "count" -> COUNT.contains(type);
      case "dateTo" -> UNTIL.contains(type);
      default -> true;
    };
  }

  public static List<Qualifier> qualifiers(EvidenceType type) {
    return type == null
        ? List.of()
        : Arrays.stream(Qualifier.values()).filter(q -> q.appliesTo(type)).toList();
  }
}
