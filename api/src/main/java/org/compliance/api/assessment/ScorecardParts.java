package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.compliance.scorecard.Corroboration;
import org.compliance.scorecard.ParagraphOrder;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;

/**
 * A scorecard as stored in parts: its summary (everything outside recommendations) and one part per
 * recommendation in paragraph order, each with the corroboration of the items its findings name, so
 * that one recommendation is read (and shown) from its part alone. Joined back, the parts give the
 * scorecard with its recommendations in paragraph order.
 */
final class ScorecardParts {

  /** One recommendation as stored: its result, and who else says what its items say. */
  record Part(RecommendationResult result, List<Corroboration> corroboration) {
    Part {
      corroboration = List.copyOf(corroboration);
    }

    int findings() {
      return result.requirements().stream().mapToInt(q -> q.findings().size()).sum();
    }
  }

  private ScorecardParts() {}

  /**
   * The scorecard without its recommendations; the corroboration stays with the parts, each with
   * that of the items it names.
   */
  static Scorecard summary(Scorecard card) {
    return new Scorecard(
        card.rulesVersion(),
        card.asOf(),
        card.documents(),
        card.includeUnverified(),
        List.of(),
        card.aggregates(),
        card.excluded(),
        card.unmatched(),
        card.evidenceUsed(),
        List.of());
  }

  /** Its recommendations in paragraph order, each with the corroboration of its items. */
  static List<Part> parts(Scorecard card) {
    List<Part> out = new ArrayList<>();
    card.recommendations().stream()
        .sorted(ParagraphOrder.ORDER)
        .forEach(r -> out.add(part(r, card.corroboration())));
    return out;
  }

  static Part part(RecommendationResult r, List<Corroboration> corroboration) {
    Set<String> named = new HashSet<>();
    r.requirements().forEach(q -> q.findings().forEach(f -> named.addAll(f.evidenceIds())));
    return new Part(r, corroboration.stream().filter(c -> named.contains(c.evidenceId())).toList());
  }

  /**
   * The summary with its recommendations back, and the corroboration of their items (a summary
   * stored with the corroboration, as before parts were written as they came, keeps its own).
   */
  static Scorecard join(Scorecard summary, List<Part> parts) {
    Scorecard joined = summary.withRecommendations(parts.stream().map(Part::result).toList());
    if (!summary.corroboration().isEmpty()) {
      return joined;
    }
    Map<String, Corroboration> byItem = new TreeMap<>();
    parts.forEach(p -> p.corroboration().forEach(c -> byItem.putIfAbsent(c.evidenceId(), c)));
    return joined.withCorroboration(List.copyOf(byItem.values()));
  }
}
