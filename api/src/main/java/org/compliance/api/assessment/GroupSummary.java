package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.compliance.catalogue.AddresseeGroup;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.Scorecard;

/**
 * One addressee group of a scorecard: its score (the engine's GROUP aggregate; null shows as "not
 * assessed"), how many recommendations have each status, and how many could be assessed. No score
 * where none of the counted recommendations was assessed, and none for one document of an
 * assessment of several ({@code withOthers}): the group's score there is over all its documents,
 * and beside one document's counts it would read as that document's.
 */
public record GroupSummary(
    AddresseeGroup group,
    Double score,
    Map<RecommendationStatus, Integer> counts,
    int total,
    boolean withOthers) {

  public int assessed() {
    return total - counts.getOrDefault(RecommendationStatus.NOT_ASSESSED, 0);
  }

  /** Percentage of the group's recommendations that evidence bears on. */
  public int coverage() {
    return total == 0 ? 0 : Math.round(100f * assessed() / total);
  }

  public int count(RecommendationStatus status) {
    return counts.getOrDefault(status, 0);
  }

  /** The groups with recommendations in this scorecard (of one document when given). */
  public static List<GroupSummary> of(Scorecard card, String document) {
    List<GroupSummary> out = new ArrayList<>();
    for (AddresseeGroup g : AddresseeGroup.values()) {
      Map<RecommendationStatus, Integer> counts = new EnumMap<>(RecommendationStatus.class);
      int total = 0;
      for (RecommendationResult r : card.recommendations()) {
        if (r.addressee().group() == g && (document == null || r.document().equals(document))) {
          counts.merge(r.status(), 1, Integer::sum);
          total++;
        }
      }
      if (total > 0) {
        boolean withOthers = document != null && !card.documents().equals(List.of(document));
        boolean assessed = total > counts.getOrDefault(RecommendationStatus.NOT_ASSESSED, 0);
        Double score =
            assessed && !withOthers
                ? card.aggregate("GROUP", g.name()).map(Aggregate::score).orElse(null)
                : null;
        out.add(new GroupSummary(g, score, counts, total, withOthers && assessed));
      }
    }
    return out;
  }

  public static List<GroupSummary> of(Scorecard card) {
    return of(card, null);
  }
}
