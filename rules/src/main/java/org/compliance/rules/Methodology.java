package org.compliance.rules;

import org.compliance.assessment.facts.Because;
import org.compliance.assessment.facts.Breach;
import org.compliance.assessment.facts.Credit;
import org.compliance.assessment.facts.Judgement;
import org.compliance.assessment.facts.Note;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RuleRef;
import org.compliance.scorecard.RequirementStatus;

/**
 * The methodology's numbers and effects, each in one place: the table ({@code methodology.drl.csv})
 * and every DRL rule take their credit, scales and effects from here.
 */
public final class Methodology {

  private Methodology() {}

  /** Full credit: the ask carried out. */
  public static double fullCredit() {
    return 1.0;
  }

  /** Partial credit: a step, not the ask (one level: no "more or less partial"). */
  public static double partialCredit() {
    return 0.5;
  }

  /**
   * A continuous ask (monitor, raise concerns "in all relevant meetings", react to every violation)
   * is met only by a sustained record: at least this many acts on different days in the window.
   * Fewer earn partial credit at most.
   */
  public static int sustainedRecordActs() {
    return 3;
  }

  /**
   * A revoked measure or a lifted restriction is a step towards ending a practice, or freeing a
   * group, only at scale: one person (or one body) relieved is not an end to the practice. Fewer
   * people than this earn nothing there.
   */
  public static int stepScale() {
    return 2;
  }

  /**
   * A requirement's status from its credit: full credit met, some credit partly met, none not met.
   */
  public static RequirementStatus statusOf(double credit) {
    return credit >= fullCredit()
        ? RequirementStatus.MET
        : credit > 0 ? RequirementStatus.PARTLY_MET : RequirementStatus.NOT_MET;
  }

  /**
   * What a row of the methodology table concludes about one item on one ask, by its effect; the
   * finding's wording key is the row's id.
   */
  public static Judgement judged(String effect, Relevant item, RuleRef rule) {
    Because why = new Because(rule.id(), item);
    String req = item.getRequirementId();
    String ev = item.getEvidenceId();
    return switch (Effect.of(effect)) {
      case MEETS -> new Credit(req, ev, fullCredit(), item.getStart(), rule, why);
      case PARTLY_MEETS -> new Credit(req, ev, partialCredit(), item.getStart(), rule, why);
      case NO_CREDIT -> new Note(req, ev, rule, why);
      case ASIDE -> Note.aside(req, ev, rule, why);
      case COUNTS_AGAINST -> new Breach(req, ev, item.getEnd(), false, rule, why);
      case REGRESSION -> new Breach(req, ev, item.getEnd(), true, rule, why);
    };
  }

  /**
   * The effects a row of the table may have, as the table writes them: "meets" (full credit),
   * "partly meets" (partial credit), "no credit" (noted, earns nothing), "aside" (about something
   * else: shown, never changes a status), "counts against" (counter-evidence), "regression"
   * (counter-evidence that undoes a step).
   */
  public enum Effect {
    MEETS,
    PARTLY_MEETS,
    NO_CREDIT,
    ASIDE,
    COUNTS_AGAINST,
    REGRESSION;

    /** The effect as the table writes it ("partly meets"). */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    // Looked up once per judged case: a country judges 150,000 of them.
    private static final java.util.Map<String, Effect> BY_WORD =
        java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toMap(Effect::word, e -> e));

    public static Effect of(String word) {
      Effect e = BY_WORD.get(word);
      if (e == null) {
        throw new IllegalArgumentException("no such effect in the methodology table: " + word);
      }
      return e;
    }
  }
}
