package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * The methodology table is readable data: every cell names known codes and effects, and every kind
 * of ask and every type of evidence is covered by a row of the table or by a rule beside it (the
 * ones a table cannot say are listed here, so adding a kind or a type without its row fails).
 */
class MethodologyTableTest {

  // Kinds of ask and types of evidence that only DRL rules judge (members of a group, sustained
  // records, conflicts), or that bear on no ask but as context.
  private static final Set<String> JUDGED_IN_DRL_ONLY =
      Set.of("DRAFT_LAW"); // laws.promise-or-draft: its wording depends on the type of item

  @Test
  void everyCellNamesKnownCodesAndEveryRowAKnownEffect() {
    for (MethodologyTable.Row r : MethodologyTable.rows()) {
      for (String column : List.of("Ask: one of", "Ask: none of")) {
        assertThat(r.codes(column)).as(r.id()).allSatisfy(c -> RequirementKind.valueOf(c));
      }
      assertThat(r.codes("Evidence: one of")).as(r.id()).allSatisfy(c -> EvidenceType.valueOf(c));
      for (String column : List.of("Terms: all of", "Terms: one of", "Terms: none of")) {
        assertThat(r.codes(column)).as(r.id()).allSatisfy(c -> Qualifier.valueOf(c));
      }
      Methodology.Effect.of(r.cells().get("Effect"));
    }
  }

  @Test
  void everyKindOfAskAndEveryTypeOfEvidenceHasARow() {
    Set<String> kinds = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (MethodologyTable.Row r : MethodologyTable.rows()) {
      kinds.addAll(r.codes("Ask: one of"));
      types.addAll(r.codes("Evidence: one of"));
    }
    assertThat(Arrays.stream(RequirementKind.values()).map(Enum::name))
        .as("kinds of ask no row of the table names")
        .allSatisfy(
            k -> assertThat(kinds.contains(k) || JUDGED_IN_DRL_ONLY.contains(k)).as(k).isTrue());
    assertThat(Arrays.stream(EvidenceType.values()).map(Enum::name))
        .as("types of evidence no row of the table names")
        .allSatisfy(
            t -> assertThat(types.contains(t) || JUDGED_IN_DRL_ONLY.contains(t)).as(t).isTrue());
  }
}
