package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.assessment.RuleBase;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * A batch assessment judges each case in a session of its own before concluding (RuleBase): every
 * rule is in exactly one of the two, and only rules that read nothing but a case's facts judge.
 */
class RuleBaseSplitTest {

  private static final RuleBase RULES =
      RuleBase.fromClasspath(RuleBaseSplitTest.class.getClassLoader());

  private static Set<String> names(KieBase base) {
    return base.getKiePackage("org.compliance.rules").getRules().stream()
        .map(Rule::getName)
        .collect(Collectors.toSet());
  }

  @Test
  void everyRuleIsInExactlyOneOfJudgingAndConcluding() {
    Set<String> all = names(RULES.kieBase());
    Set<String> judging = names(RULES.judging());
    Set<String> concluding = names(RULES.concluding());

    assertThat(judging).doesNotContainAnyElementsOf(concluding);
    assertThat(judging.size() + concluding.size()).isEqualTo(all.size());
    assertThat(all).containsAll(judging).containsAll(concluding);
  }

  @Test
  void tableRowsJudgeAndRulesOverJudgementsConclude() {
    Set<String> judging = names(RULES.judging());

    assertThat(judging)
        .contains(
            "Unconditional release meets a release requirement",
            "The situation at adoption is context, not a verdict",
            "Promises and drafts earn no credit");
    assertThat(names(RULES.concluding()))
        .contains(
            "Reviewed evidence up to the as-of date counts",
            "Release with the conviction quashed earns full credit",
            "Relevant evidence with no bearing on the ask is noted",
            "Best standing credit decides",
            "All requirements met: fulfilled",
            "Overall score");
  }
}
