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
import org.compliance.labels.Reasons;
import org.compliance.scorecard.Wording;
import org.junit.jupiter.api.Test;

/** A rule's wording made for its case: a key and the case's words, rendered only when read. */
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
    return new Relevant(ask, item, Wording.of("via.names", "name", "Iskander Yerimbetov"));
  }

  @Test
  void theWordingKeepsTheKeyAndJustTheArgumentsItsTextUses() {
    Wording w = new Because("release.conditional", release(Set.of(Qualifier.PAROLE))).get();
    assertThat(w.key()).isEqualTo("release.conditional");
    assertThat(w.args().keySet()).containsExactlyInAnyOrder("qualifiers", "when", "summary");
    // Codes stay codes until read; the item it quotes is named, so a reader who may not see it
    // gets the wording without it.
    assertThat(w.args().get("qualifiers").labels()).containsExactly("Qualifier.PAROLE");
    assertThat(w.about()).isEqualTo("e1");
    assertThat(Reasons.english(w))
        .isEqualTo("conditional release (on parole; 2019-12-27): Yerimbetov released on parole");
    // A judgement's reason is the same wording, whichever way it is read.
    assertThat(
            new Note(
                    "r1-a",
                    "e1",
                    new RuleRef("n", "x.y"),
                    new Because("release.conditional", release(Set.of(Qualifier.PAROLE))))
                .getWording())
        .isEqualTo(w);
  }

  @Test
  void aWordingKeyTheBundleLacksIsRefusedWhenTheRuleConcludes() {
    assertThatThrownBy(() -> new Because("release.no-such-wording", release(Set.of())))
        .hasMessageContaining("release.no-such-wording");
  }
}
