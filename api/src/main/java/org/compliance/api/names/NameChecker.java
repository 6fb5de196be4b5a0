package org.compliance.api.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.names.NameMatch;
import org.springframework.stereotype.Component;

/** Finds the names of an evidence item the registry does not recognise, with suggestions. */
@Component
public class NameChecker {

  private final CatalogueStore catalogue;
  private final NameDecisionStore decisions;

  public NameChecker(CatalogueStore catalogue, NameDecisionStore decisions) {
    this.catalogue = catalogue;
    this.decisions = decisions;
  }

  /**
   * Unrecognised names of an item, marking those an officer accepted as unknown (only stored items
   * have decisions; the store is asked only when some name is unrecognised).
   */
  public List<NameIssue> issues(EvidenceItem item) {
    return issues(item, catalogue.catalogue().registry());
  }

  /** The same, with suggestions from this registry (a reader's: {@link ReaderRegistry}). */
  public List<NameIssue> issues(EvidenceItem item, EntityRegistry readers) {
    EntityRegistry registry = readers.forCountry(item.country());
    List<NameIssue> out = new ArrayList<>();
    for (NameField f : NameField.values()) {
      for (String name : f.names(item)) {
        NameMatch m = registry.match(f.type(), name);
        if (!m.linked()) {
          out.add(new NameIssue(f.field(), name, m.suggestions(), false));
        }
      }
    }
    if (out.isEmpty() || item.id() == null) {
      return out;
    }
    Set<String> accepted = decisions.acceptedAsUnknown(item.id());
    return out.stream()
        .map(
            i ->
                new NameIssue(
                    i.field(),
                    i.name(),
                    i.suggestions(),
                    accepted.contains(NameDecisionStore.key(i.field(), i.name()))))
        .toList();
  }

  /** Issues that still block verification. */
  public static List<NameIssue> open(List<NameIssue> issues) {
    return issues.stream().filter(i -> !i.acceptedAsUnknown()).toList();
  }
}
