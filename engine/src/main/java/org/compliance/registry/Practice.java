package org.compliance.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * Something recommendations ask to stop or to do generally ("arbitrary detention of protesters").
 * Evidence shows it when it is of one of {@code evidenceTypes}, if the practice lists laws or
 * organisations, names one of them, and if it lists {@code victims} (journalists, trade
 * unionists...), says that it concerns one of those groups.
 */
public record Practice(
    String id,
    String name,
    List<String> aliases,
    Set<EvidenceType> evidenceTypes,
    List<String> laws,
    List<String> organisations,
    // Left out when empty, so practices that concern anyone read (and digest) as before.
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<Qualifier> victims) {
  public Practice {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    evidenceTypes = evidenceTypes == null ? Set.of() : Set.copyOf(evidenceTypes);
    laws = laws == null ? List.of() : List.copyOf(laws);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    victims = victims == null ? Set.of() : Set.copyOf(victims);
    for (Qualifier v : victims) {
      if (!v.isVictimGroup()) {
        throw new IllegalArgumentException(v + " is not a group of victims");
      }
    }
  }

  /** A practice that concerns anyone (no victim group). */
  public Practice(
      String id,
      String name,
      List<String> aliases,
      Set<EvidenceType> evidenceTypes,
      List<String> laws,
      List<String> organisations) {
    this(id, name, aliases, evidenceTypes, laws, organisations, null);
  }

  /**
   * Whether these qualifiers say the item concerns a group of the practice's victims (any group,
   * when the practice names none): unlike {@link #concerns}, an item that says nothing of whom it
   * concerns does not.
   */
  public boolean namesVictimsIn(Set<Qualifier> qualifiers) {
    for (Qualifier q : qualifiers) {
      if (q.isVictimGroup() && (victims.isEmpty() || victims.contains(q))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an item with these qualifiers concerns the practice's victims (any, when none named).
   */
  public boolean concerns(Set<Qualifier> qualifiers) {
    if (victims.isEmpty()) {
      return true;
    }
    for (Qualifier q : qualifiers) {
      if (victims.contains(q)) {
        return true;
      }
    }
    return false;
  }
}
