package org.compliance.catalogue.proposal;

import java.util.List;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;

/**
 * An ask read from a document's words, until an officer accepts or edits it: what it asks for, the
 * words it was read from ({@code text}), the word that gave its kind away ({@code cue}), and the
 * registry's persons, laws and bodies it names.
 */
public record ProposedAsk(RequirementKind kind, String text, String cue, List<Target> targets) {
  public ProposedAsk {
    targets = List.copyOf(targets);
  }
}
