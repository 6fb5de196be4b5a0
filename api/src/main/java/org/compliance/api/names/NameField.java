package org.compliance.api.names;

import java.util.List;
import java.util.Optional;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityType;

/** The name lists of an evidence item and the kind of entity each holds. */
public enum NameField {
  PERSONS("persons", EntityType.PERSON),
  LAWS("laws", EntityType.LAW),
  ORGANISATIONS("organisations", EntityType.ORGANISATION);

  private final String field;
  private final EntityType type;

  NameField(String field, EntityType type) {
    this.field = field;
    this.type = type;
  }

  /** The JSON field name ("persons"). */
  public String field() {
    return field;
  }

  public EntityType type() {
    return type;
  }

  public List<String> names(EvidenceItem item) {
    return switch (this) {
      case PERSONS -> item.persons();
      case LAWS -> item.laws();
      case ORGANISATIONS -> item.organisations();
    };
  }

  public static Optional<NameField> of(String field) {
    for (NameField f : values()) {
      if (f.field.equals(field)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
