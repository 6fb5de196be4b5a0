package org.compliance.assessment.facts;

import java.util.Collection;
import java.util.List;
import org.compliance.labels.Labels;

/** Codes in explanations as words for people, from the one labels bundle (English). */
public final class Words {

  private Words() {}

  /** One code's label ("on parole"). */
  public static String of(Enum<?> code) {
    return Labels.of(code);
  }

  /** Several codes' labels, in code order, joined with commas ("on parole, on health grounds"). */
  public static String of(Collection<? extends Enum<?>> codes) {
    List<String> words =
        codes.stream()
            .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
            .map(Labels::of)
            .toList();
    return String.join(", ", words);
  }
}
