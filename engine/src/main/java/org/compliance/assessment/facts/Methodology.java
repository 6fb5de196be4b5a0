package org.compliance.assessment.facts;

/**
 * The methodology's numbers that are not credit levels written in a rule, in one place (listed in
 * rules/README.md, "Methodology numbers").
 */
public final class Methodology {

  /**
   * An ask for something continuous (monitor, raise concerns "in all relevant meetings", regular
   * meetings, react to every violation) is met only by a sustained record: at least this many acts
   * on different days in the assessment window where the concerns were raised. Fewer earn partial
   * credit.
   */
  public static final int SUSTAINED_RECORD_ACTS = 3;

  private Methodology() {}
}
