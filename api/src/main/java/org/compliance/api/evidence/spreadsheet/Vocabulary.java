package org.compliance.api.evidence.spreadsheet;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compliance.api.language.Languages;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * Lenient reading of what users type for a type or a qualifier: the code ("HEALTH_GROUNDS", "health
 * grounds", "Health-Grounds") or its label in any language offered ("on health grounds", "по
 * состоянию здоровья", "денсаулық жағдайы бойынша"), ignoring case, spaces and punctuation, so a
 * sheet filled in from the drop-downs of any language imports. What each one means is in {@link
 * EvidenceWords}.
 */
final class Vocabulary {

  private static final Map<String, EvidenceType> TYPES = names(EvidenceType.class);
  private static final Map<String, Qualifier> QUALIFIERS = names(Qualifier.class);

  private Vocabulary() {}

  static Optional<EvidenceType> type(String text) {
    return Optional.ofNullable(TYPES.get(EvidenceColumn.normalise(text)));
  }

  static Optional<Qualifier> qualifier(String text) {
    return Optional.ofNullable(QUALIFIERS.get(EvidenceColumn.normalise(text)));
  }

  /** Codes and labels of every language; a label naming two constants is a mistake in a bundle. */
  private static <E extends Enum<E>> Map<String, E> names(Class<E> type) {
    Map<String, E> out = new HashMap<>();
    for (E e : type.getEnumConstants()) {
      out.put(EvidenceColumn.normalise(e.name()), e);
    }
    for (Locale l : Languages.supported()) {
      EvidenceWords words = EvidenceWords.of(l);
      for (E e : type.getEnumConstants()) {
        E before = out.putIfAbsent(EvidenceColumn.normalise(words.label(e)), e);
        if (before != null && before != e) {
          throw new IllegalStateException(
              "the " + l + " label of " + e + " also names " + before + ": make it distinct");
        }
      }
    }
    return Map.copyOf(out);
  }
}
