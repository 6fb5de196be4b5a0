package org.compliance.assessment.facts;

import java.util.Set;
import org.compliance.evidence.EvidenceType;

/**
 * A practice's signature: which evidence types show it, limited to items naming one of {@code
 * scope} if any.
 */
public final class PracticeFact {
  private final String id;
  private final Set<EvidenceType> evidenceTypes;
  private final Set<String> scope;

  public PracticeFact(String id, Set<EvidenceType> evidenceTypes, Set<String> scope) {
    this.id = id;
    this.evidenceTypes = Set.copyOf(evidenceTypes);
    this.scope = Set.copyOf(scope);
  }

  public String getId() {
    return id;
  }

  public Set<EvidenceType> getEvidenceTypes() {
    return evidenceTypes;
  }

  public Set<String> getScope() {
    return scope;
  }

  public boolean isScoped() {
    return !scope.isEmpty();
  }
}
