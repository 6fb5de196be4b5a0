package org.compliance.evidence;

import static org.compliance.evidence.Qualifier.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.compliance.labels.Labels;

/**
 * Pairs of qualifiers that cannot both describe one event. Accepting both would let an item earn
 * credit it does not deserve (a pardon, granted on petition and leaving the conviction in place,
 * also ticked "unconditional"), so an item with such a pair is refused. Only real contradictions
 * are listed: a pardon may commute a sentence to restriction of liberty, and a release on health
 * grounds may come by parole or pardon, so those pairs are allowed.
 */
final class QualifierConflicts {

  /** Two terms that contradict each other, and why, in words for the submitter. */
  private record Conflict(Qualifier a, Qualifier b, String why) {}

  private static final List<Conflict> CONFLICTS =
      List.of(
          new Conflict(
              PARDON,
              UNCONDITIONAL,
              "a pardon is granted on a petition (in Kazakhstan one that admits guilt) and leaves"
                  + " the conviction in place, so the release is not unconditional"),
          new Conflict(
              PAROLE,
              UNCONDITIONAL,
              "parole is a conditional early release under supervision, so it is not"
                  + " unconditional"),
          new Conflict(
              RESTRICTION_OF_LIBERTY,
              UNCONDITIONAL,
              "a person under restriction of liberty or a suspended sentence is not released"
                  + " unconditionally"),
          new Conflict(
              PAROLE,
              SENTENCE_SERVED,
              "parole ends a prison term early; a served sentence ran to its end"),
          new Conflict(
              PARDON,
              SENTENCE_SERVED,
              "a pardon ends a sentence early; a served sentence ran to its end"),
          new Conflict(
              HEALTH_GROUNDS,
              SENTENCE_SERVED,
              "a release on health grounds ends a sentence early; a served sentence ran to its end"),
          new Conflict(
              RESTRICTION_OF_LIBERTY,
              SENTENCE_SERVED,
              "a sentence changed to restriction of liberty has not been served"),
          new Conflict(
              AMNESTY,
              UNCONDITIONAL,
              "an amnesty frees people under a law that leaves their conviction in place, so the"
                  + " release is not unconditional"),
          new Conflict(
              AMNESTY,
              SENTENCE_SERVED,
              "an amnesty ends a sentence early; a served sentence ran to its end"),
          new Conflict(
              PAROLE,
              PARDON,
              "parole and a pardon are two different ways out of prison: choose one"),
          new Conflict(
              PAROLE,
              RESTRICTION_OF_LIBERTY,
              "parole and a change of the sentence to restriction of liberty are two different"
                  + " decisions: choose the one the source reports"),
          new Conflict(
              ADMINISTRATIVE,
              PRE_TRIAL,
              "an administrative arrest punishes an administrative offence; pre-trial detention is"
                  + " a measure in a criminal case"),
          new Conflict(
              ADMINISTRATIVE,
              HOUSE_ARREST,
              "house arrest is a measure in a criminal case, not an administrative arrest"),
          new Conflict(
              IN_LINE_WITH_STANDARDS,
              FALLS_SHORT,
              "a source cannot say both that the law meets the standard and that it falls short"),
          new Conflict(
              IN_LINE_WITH_STANDARDS,
              RESTRICTIVE,
              "a law that makes things worse is not in line with the standard"),
          new Conflict(
              IN_LINE_WITH_STANDARDS,
              ADMINISTRATIVE_PENALTY_KEPT,
              "a change that keeps fines or administrative arrest for the same conduct does not"
                  + " fully meet the standard"),
          new Conflict(
              CONCERNS_RAISED,
              CONCERNS_NOT_RAISED,
              "one meeting or statement either raised the concerns or did not: split it into two"
                  + " items if the source reports both"));

  private QualifierConflicts() {}

  /** One sentence per contradicting pair among these qualifiers; empty when they agree. */
  static List<String> of(Set<Qualifier> qualifiers) {
    List<String> found = new ArrayList<>();
    for (Conflict c : CONFLICTS) {
      if (qualifiers.contains(c.a()) && qualifiers.contains(c.b())) {
        found.add(
            "'"
                + Labels.of(c.a(), Locale.ENGLISH)
                + "' and '"
                + Labels.of(c.b(), Locale.ENGLISH)
                + "' contradict each other: "
                + c.why());
      }
    }
    return found;
  }
}
