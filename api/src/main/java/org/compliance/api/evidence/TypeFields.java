package org.compliance.api.evidence;

import java.util.Arrays;
import java.util.List;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.EvidenceType.Field;
import org.compliance.evidence.Qualifier;

/**
 * Which inputs the submission form asks for, per evidence type (each type names its fields in
 * {@link EvidenceType}), and the qualifiers that apply to the type.
 */
public final class TypeFields {
  private TypeFields() {}

  /** Every field when no type is chosen yet. */
  public static boolean asks(EvidenceType type, String field) {
    if (type == null) {
      return true;
    }
    return switch (field) {
      case "persons" -> type.has(Field.PERSONS);
      case "laws" -> type.has(Field.LAWS);
      case "organisations" -> type.has(Field.ORGANISATIONS);
      case "count" -> type.has(Field.COUNT);
      case "dateTo" -> type.has(Field.UNTIL);
      default -> true;
    };
  }

  public static List<Qualifier> qualifiers(EvidenceType type) {
    return type == null
        ? List.of()
        : Arrays.stream(Qualifier.values()).filter(q -> q.appliesTo(type)).toList();
  }
}
