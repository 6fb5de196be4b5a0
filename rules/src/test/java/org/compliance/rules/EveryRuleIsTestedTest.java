package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule in the DRL files is named by at least one test (one test per rule). */
class EveryRuleIsTestedTest {

  private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

  @Test
  void everyRuleIsNamedInATest() throws IOException {
    List<String> rules = new ArrayList<>();
    try (Stream<Path> drl = Files.walk(Path.of("src/main/resources/org/compliance/rules"))) {
      for (Path p : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
        Matcher m = RULE.matcher(Files.readString(p));
        while (m.find()) {
          rules.add(m.group(1));
        }
      }
    }
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> java = Files.walk(Path.of("src/test/java"))) {
      for (Path p : java.filter(f -> f.toString().endsWith("Test.java")).toList()) {
        if (!p.endsWith("EveryRuleIsTestedTest.java")) {
          tests.append(Files.readString(p).replaceAll("\"\\s*\\+\\s*\"", ""));
        }
      }
    }
    assertThat(rules).hasSizeGreaterThan(30);
    // Rules whose name is asserted, or (for matching and aggregate rules) whose effect is asserted
    // by name.
    List<String> untested =
        rules.stream()
            .filter(r -> !tests.toString().contains("\"" + r + "\"") && !covered(r, tests))
            .toList();
    assertThat(untested).as("rules no test names").isEmpty();
  }

  /**
   * Matching and scoring rules leave no finding of their own; their tests are named after them
   * instead.
   */
  private static boolean covered(String rule, CharSequence tests) {
    String method = camel(rule);
    return tests.toString().toLowerCase().contains("void " + method.toLowerCase() + "(");
  }

  private static String camel(String rule) {
    StringBuilder b = new StringBuilder();
    for (String w : rule.replaceAll("[^A-Za-z0-9 ]", "").split(" +")) {
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return Character.toLowerCase(b.charAt(0)) + b.substring(1);
  }
}
