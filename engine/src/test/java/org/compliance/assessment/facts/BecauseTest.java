package org.compliance.assessment.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.junit.jupiter.api.Test;

/** A rule's wording rendered for its case: the words an explanation shows, only when read. */
class BecauseTest {

  private static Relevant release(Set<Qualifier> qualifiers) {
    RequirementFact ask =
        new RequirementFact(
            "r1-a",
            "r1",
            RequirementKind.RELEASE,
            false,
            LocalDate.of(2019, 3, 14),
            "KZ",
            Set.of(Theme.POLITICAL_PRISONERS),
            1.0,
            1);
    EvidenceItem item =
        new EvidenceItem(
            "e1",
            EvidenceType.RELEASE,
            PartialDate.of(LocalDate.of(2019, 12, 27)),
            null,
            "Yerimbetov released on parole",
            "KZ",
            List.of("iskander-yerimbetov"),
            List.of(),
            List.of(),
            null,
            qualifiers,
            List.of(),
            null,
            ReviewStatus.VERIFIED);
    return new Relevant(ask, item, "names Iskander Yerimbetov");
  }

  @Test
  void theWordingIsFilledWithTheCasesWords() {
    Because because =
        new Because(
            "conditional release ({qualifiers}; {when}): {summary} [{via}; {type} for {kind}]",
            release(Set.of(Qualifier.PAROLE)));
    assertThat(because.text())
        .isEqualTo(
            "conditional release (on parole; 2019-12-27): Yerimbetov released on parole"
                + " [names Iskander Yerimbetov; Release for Release]");
    // A judgement's reason is the same text, whichever way it is read.
    assertThat(new Note("r1-a", "e1", new RuleRef("n", "x.y"), because).getReason())
        .isEqualTo(because.text());
  }

  @Test
  void aWordTheEngineDoesNotKnowIsAnError() {
    Because because = new Because("released ({date})", release(Set.of()));
    assertThatThrownBy(because::text).hasMessageContaining("{date}");
  }
}
