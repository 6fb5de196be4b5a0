package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compliance.labels.Reasons;
import org.junit.jupiter.api.Test;

/**
 * Readers get a rule's name and its wordings from bundles: every rule has its name there (the same
 * words as in the DRL), and every wording key a rule file gives is in the reasons bundle (a missing
 * one would show a reader the key).
 */
class EveryRuleHasWordsTest {

  // A wording key in a rule file: any string shaped like one ("release.conditional"), but a rule's
  // @id; keys chosen by a condition are two such strings.
  private static final Pattern KEY =
      Pattern.compile("(?<!@id\\()\"([a-z][a-z-]*(?:\\.[a-z-]+)+)\"");

  @Test
  void everyRuleHasItsNameInTheRulesBundle() throws IOException {
    for (EveryRuleIsTestedTest.Rule r : EveryRuleIsTestedTest.rules()) {
      assertThat(Reasons.ruleName(r.id(), null, Locale.ENGLISH)).as(r.id()).isEqualTo(r.name());
    }
  }

  @Test
  void everyRowsWhyIsTheTablesOwnInTheRulesBundle() {
    for (MethodologyTable.Row r : MethodologyTable.rows()) {
      assertThat(Reasons.ruleWhy(r.id(), Locale.ENGLISH))
          .as(r.id())
          .isEqualTo(r.cells().getOrDefault("Why", ""));
    }
  }

  @Test
  void everyWordingKeyOfARuleFileIsInTheReasonsBundle() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> drl = Files.walk(Path.of("src/main/resources/org/compliance/rules"))) {
      for (Path p : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
        Matcher m = KEY.matcher(Files.readString(p));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    // A row of the methodology table words its finding by its id.
    MethodologyTable.rows().forEach(r -> keys.add(r.id()));
    assertThat(keys).hasSizeGreaterThan(80);
    assertThat(keys)
        .allSatisfy(k -> assertThat(Reasons.template(k, Locale.ENGLISH)).as(k).isNotBlank());
  }
}
