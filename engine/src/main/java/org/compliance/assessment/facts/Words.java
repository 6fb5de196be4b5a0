package org.compliance.assessment.facts;

import java.time.LocalDate;
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

  /** A date or a period as an explanation shows it ("2019-12-27", "2019-03-14 to 2019-12-31"). */
  public static String period(LocalDate from, LocalDate to) {
    return from.equals(to) ? from.toString() : from + " to " + to;
  }
}
