package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule, in the DRL files and in the methodology table (one per row), has a stable id whose
 * prefix is its file (for a row: its theme), listed in the README, and is tested: a test names its
 * id or its name, or (matching and aggregate rules, which leave no finding of their own) is named
 * after it.
 */
class EveryRuleIsTestedTest {

  private static final Pattern RULE =
      Pattern.compile("^rule \"([^\"]+)\"\\n(?:\\s*@id\\(\"([^\"]+)\"\\))?", Pattern.MULTILINE);

  record Rule(String file, String name, String id) {}

  /** The rules of the DRL files, then the methodology table's rows (file "methodology"). */
  static List<Rule> rules() throws IOException {
    List<Rule> rules = new ArrayList<>();
    try (Stream<Path> drl = Files.walk(Path.of("src/main/resources/org/compliance/rules"))) {
      for (Path p : drl.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        String file = p.getFileName().toString().replaceFirst("\\.drl$", "");
        Matcher m = RULE.matcher(Files.readString(p));
        while (m.find()) {
          rules.add(new Rule(file, m.group(1), m.group(2)));
        }
      }
    }
    MethodologyTable.rows().forEach(r -> rules.add(new Rule("methodology", r.name(), r.id())));
    return rules;
  }

  @Test
  void everyRuleHasAnIdPrefixedByItsFileAndListedInTheReadme() throws IOException {
    List<Rule> rules = rules();
    assertThat(rules).hasSizeGreaterThan(30);
    assertThat(rules.stream().filter(r -> !r.file().equals("methodology")))
        .as("rules without an @id naming their file")
        .allSatisfy(r -> assertThat(r.id()).startsWith(r.file() + "."));
    assertThat(rules.stream().filter(r -> r.file().equals("methodology")))
        .as("rows without an id of the form theme.rule")
        .allSatisfy(r -> assertThat(r.id()).matches("[a-z-]+\\.[a-z-]+"));
    Set<String> ids = new HashSet<>();
    assertThat(rules.stream().filter(r -> !ids.add(r.id())).toList()).as("duplicate ids").isEmpty();
    String readme = Files.readString(Path.of("README.md"));
    assertThat(rules.stream().filter(r -> !readme.contains("`" + r.id() + "`")).toList())
        .as("rules the README does not list")
        .isEmpty();
  }

  @Test
  void everyRuleIsNamedInATest() throws IOException {
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> java = Files.walk(Path.of("src/test/java"))) {
      for (Path p : java.filter(f -> f.toString().endsWith("Test.java")).toList()) {
        if (!p.endsWith("EveryRuleIsTestedTest.java")) {
          tests.append(Files.readString(p).replaceAll("\"\\s*\\+\\s*\"", ""));
        }
      }
    }
    List<String> untested =
        rules().stream()
            .filter(
                r ->
                    !tests.toString().contains("\"" + r.id() + "\"")
                        && !tests.toString().contains("\"" + r.name() + "\"")
                        && !covered(r.name(), tests))
            .map(Rule::id)
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
