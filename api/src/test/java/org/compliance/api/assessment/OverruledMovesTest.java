package org.compliance.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.Wording;
import org.junit.jupiter.api.Test;

/**
 * Credits that stay overruled, now by another item, are one move per rule and pair of items, in the
 * reader's language; every other finding that appears or goes stays as it is.
 */
class OverruledMovesTest {

  private static final String Q = "q-1";

  @Test
  void creditsOverruledByAnotherItemAreOneMove() {
    Finding regression =
        new Finding(
            Q,
            "Recurrence",
            "practices.recurrence",
            Finding.Effect.COUNTER_EVIDENCE,
            List.of("new"),
            0.0,
            item("new", "Hypothetical", "2026-10-13"),
            null);
    Finding kept = overruled("step-3", "old", "detention of B", "2026-06-19");
    List<Finding> removed =
        List.of(
            overruled("step-1", "old", "detention of B", "2026-06-19"),
            overruled("step-2", "old", "detention of B", "2026-06-19"),
            kept);
    List<Finding> added =
        List.of(
            regression,
            overruled("step-1", "new", "Hypothetical", "2026-10-13"),
            overruled("step-2", "new", "Hypothetical", "2026-10-13"));

    OverruledMoves.Split en = OverruledMoves.of(added, removed, Locale.ENGLISH);

    assertThat(en.appear()).containsExactly(regression);
    assertThat(en.go()).containsExactly(kept);
    assertThat(en.moves()).hasSize(1);
    WhatIfMove.OverruledMove m = en.moves().get(0);
    assertThat(m.ruleId()).isEqualTo("practices.steps");
    assertThat(m.from()).isEqualTo("old");
    assertThat(m.to()).isEqualTo("new");
    assertThat(m.credits()).containsExactly("step-1", "step-2");
    assertThat(m.explanation())
        .contains("2 credits stay overruled")
        .contains("Hypothetical (2026-10-13)")
        .contains("detention of B (2026-06-19)");
    String ru =
        OverruledMoves.of(added, removed, Locale.forLanguageTag("ru")).moves().get(0).explanation();
    assertThat(ru).contains("2 зачёта").contains("Hypothetical").doesNotContain("credits");
  }

  @Test
  void aCreditOverruledByTheSameItemOrNoLongerOverruledIsNotAMove() {
    Finding was = overruled("step-1", "old", "detention of B", "2026-06-19");
    Finding credit =
        new Finding(
            Q,
            "Steps",
            "practices.steps",
            Finding.Effect.CREDIT,
            List.of("step-1"),
            0.5,
            step("step-1"),
            null);
    OverruledMoves.Split s = OverruledMoves.of(List.of(credit), List.of(was), Locale.ENGLISH);
    assertThat(s.moves()).isEmpty();
    assertThat(s.appear()).containsExactly(credit);
    assertThat(s.go()).containsExactly(was);
  }

  private static Finding overruled(String step, String by, String summary, String when) {
    return new Finding(
        Q,
        "Steps",
        "practices.steps",
        Finding.Effect.OVERRULED,
        List.of(step, by),
        0.0,
        Wording.of("finding.overruled", "credit", step(step), "by", item(by, summary, when)),
        null);
  }

  private static Wording step(String id) {
    return Wording.of("practices.steps", "when", "2017-09-13", "summary", "release of A").about(id);
  }

  private static Wording item(String id, String summary, String when) {
    return Wording.of("item.dated", "summary", summary, "when", when).about(id);
  }
}
