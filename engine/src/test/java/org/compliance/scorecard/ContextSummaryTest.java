package org.compliance.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.compliance.evidence.EvidenceType;
import org.junit.jupiter.api.Test;

class ContextSummaryTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  private static Finding summary(ContextSummary.Item... items) {
    return ContextSummary.of(
        "q1", "rule", "context.baseline", ContextSummary.BASELINE, List.of(items));
  }

  private static ContextSummary.Item item(String id, EvidenceType type) {
    return new ContextSummary.Item(id, type);
  }

  @Test
  void oneFindingCountsTheItemsByKindInAStableOrder() {
    Finding f =
        summary(
            item("e9", EvidenceType.DETENTION),
            item("e2", EvidenceType.RELEASE),
            item("e1", EvidenceType.DETENTION));
    assertThat(ContextSummary.is(f)).isTrue();
    assertThat(f.effect()).isEqualTo(Finding.Effect.NOTE);
    assertThat(f.evidenceIds()).containsExactly("e2", "e1", "e9");
    assertThat(f.explanation(Locale.ENGLISH)).endsWith(": 3 items (Release: 1; Detention: 2)");
    assertThat(f.explanation(RU)).endsWith(": 3 материала (Освобождение: 1; Задержание: 2)");
    assertThat(summary(item("e1", EvidenceType.RELEASE)).explanation(Locale.ENGLISH))
        .endsWith(": 1 item (Release: 1)");
  }

  @Test
  void russianHasItsFourPluralForms() {
    for (int[] n : new int[][] {{1, 0}, {2, 1}, {5, 2}, {21, 0}, {11, 2}}) {
      ContextSummary.Item[] items = new ContextSummary.Item[n[0]];
      for (int i = 0; i < n[0]; i++) {
        items[i] = item("e" + i, EvidenceType.RELEASE);
      }
      String word = List.of("материал ", "материала ", "материалов ").get(n[1]);
      assertThat(summary(items).explanation(RU)).contains(": " + n[0] + " " + word);
    }
  }

  @Test
  void aReaderSeesOnlyItsItemsCountedAndKindedFromThemAlone() {
    Finding f =
        summary(
            item("own", EvidenceType.DETENTION),
            item("other", EvidenceType.RELEASE),
            item("verified", EvidenceType.DETENTION));
    Set<String> visible = Set.of("own", "verified");
    Finding read = ContextSummary.visibleTo(f, visible::contains);
    assertThat(read.evidenceIds()).containsExactly("own", "verified");
    assertThat(read.explanation(Locale.ENGLISH)).endsWith(": 2 items (Detention: 2)");
    assertThat(read.explanation(Locale.ENGLISH)).doesNotContain("Release", "3");
    assertThat(ContextSummary.hidden(f, visible::contains)).isEqualTo(1);
    assertThat(ContextSummary.visibleTo(f, id -> false)).isNull();
    assertThat(ContextSummary.visibleTo(f, id -> true)).isSameAs(f);
  }

  @Test
  void aJudgementIsNoSummary() {
    Finding judged =
        new Finding(
            "q1",
            "rule",
            "release.unconditional",
            Finding.Effect.CREDIT,
            List.of("e1"),
            1.0,
            Wording.of("context.baseline"),
            null);
    assertThat(ContextSummary.is(judged)).isFalse();
  }
}
