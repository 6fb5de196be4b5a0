package org.compliance.registry;

import java.util.List;
import java.util.Set;
import org.compliance.evidence.EvidenceType;

/**
 * Something recommendations ask to stop or to do generally ("arbitrary detention of protesters").
 * Evidence shows it when it is of one of {@code evidenceTypes} and, if the practice lists laws or
 * organisations, names one of them.
 */
public record Practice(
    String id,
    String name,
    List<String> aliases,
    Set<EvidenceType> evidenceTypes,
    List<String> laws,
    List<String> organisations) {
  public Practice {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    evidenceTypes = evidenceTypes == null ? Set.of() : Set.copyOf(evidenceTypes);
    laws = laws == null ? List.of() : List.copyOf(laws);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
  }
}
