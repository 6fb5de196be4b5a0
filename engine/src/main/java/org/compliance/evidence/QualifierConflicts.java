package org.compliance.evidence;

import static org.compliance.evidence.Qualifier.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.compliance.labels.Labels;
import org.compliance.labels.Refusals;

/**
 * Pairs of qualifiers that cannot both describe one event. Accepting both would let an item earn
 * credit it does not deserve (a pardon, granted on petition and leaving the conviction in place,
 * also ticked "unconditional"), so an item with such a pair is refused. Only real contradictions
 * are listed: a pardon may commute a sentence to restriction of liberty, and a release on health
 * grounds may come by parole or pardon, so those pairs are allowed.
 */
final class QualifierConflicts {

  /**
   * Two terms that contradict each other; why, in words for the submitter, is the refusal {@code
   * refusal.conflict.A.B}.
   */
  private record Conflict(Qualifier a, Qualifier b) {
    String key() {
      return "refusal.conflict." + a.name() + "." + b.name();
    }
  }

  private static final List<Conflict> CONFLICTS =
      List.of(
          new Conflict(PARDON, UNCONDITIONAL),
          new Conflict(PAROLE, UNCONDITIONAL),
          new Conflict(RESTRICTION_OF_LIBERTY, UNCONDITIONAL),
          new Conflict(PAROLE, SENTENCE_SERVED),
          new Conflict(PARDON, SENTENCE_SERVED),
          new Conflict(HEALTH_GROUNDS, SENTENCE_SERVED),
          new Conflict(RESTRICTION_OF_LIBERTY, SENTENCE_SERVED),
          new Conflict(AMNESTY, UNCONDITIONAL),
          new Conflict(AMNESTY, SENTENCE_SERVED),
          new Conflict(PAROLE, PARDON),
          new Conflict(PAROLE, RESTRICTION_OF_LIBERTY),
          new Conflict(ADMINISTRATIVE, PRE_TRIAL),
          new Conflict(ADMINISTRATIVE, HOUSE_ARREST),
          new Conflict(IN_LINE_WITH_STANDARDS, FALLS_SHORT),
          new Conflict(IN_LINE_WITH_STANDARDS, RESTRICTIVE),
          new Conflict(IN_LINE_WITH_STANDARDS, ADMINISTRATIVE_PENALTY_KEPT),
          new Conflict(CONCERNS_RAISED, CONCERNS_NOT_RAISED));

  private QualifierConflicts() {}

  /** One sentence per contradicting pair among these qualifiers, in {@code locale}. */
  static List<String> of(Set<Qualifier> qualifiers, Locale locale) {
    List<String> found = new ArrayList<>();
    for (Conflict c : CONFLICTS) {
      if (qualifiers.contains(c.a()) && qualifiers.contains(c.b())) {
        found.add(
            Refusals.of(
                locale,
                "refusal.conflict",
                Labels.of(c.a(), locale),
                Labels.of(c.b(), locale),
                Refusals.of(locale, c.key())));
      }
    }
    return found;
  }

  /** The wording keys of every pair, so a test can find each in the bundles. */
  static List<String> keys() {
    return CONFLICTS.stream().map(Conflict::key).toList();
  }
}
