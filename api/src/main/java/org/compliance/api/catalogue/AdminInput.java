package org.compliance.api.catalogue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compliance.api.problem.Refusals;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.Violation;

/**
 * Limits on what an admin may put into the catalogue: ids travel into file names, headers and
 * lists, so they keep to safe characters; weights stay in a range that cannot swamp the scores; a
 * requirement id belongs to one recommendation only.
 */
final class AdminInput {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  static final double MAX_WEIGHT = 100;

  private AdminInput() {}

  /** Adds a violation when a present id has characters outside letters, digits, '.', '_', '-'. */
  static void id(String id, String field, List<Violation> bad) {
    if (id != null && !id.isBlank() && !ID.matcher(id).matches()) {
      bad.add(new Violation(field, Refusals.of("problem.id.characters")));
    }
  }

  static void weight(double weight, String field, List<Violation> bad) {
    if (!(weight > 0 && weight <= MAX_WEIGHT)) {
      bad.add(
          new Violation(
              field, Refusals.of("problem.weight.range", String.valueOf((int) MAX_WEIGHT))));
    }
  }

  /** Requirement ids already used anywhere in the catalogue. */
  static Set<String> requirementIds(Catalogue catalogue) {
    return catalogue.recommendations().stream()
        .flatMap(r -> r.requirements().stream())
        .map(q -> q.id())
        .collect(Collectors.toSet());
  }
}
