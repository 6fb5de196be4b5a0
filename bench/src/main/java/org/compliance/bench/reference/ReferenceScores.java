package org.compliance.bench.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compliance.bench.reference.ReferenceScorecard.RecommendationVerdict;
import org.compliance.bench.reference.ReferenceScorecard.RequirementVerdict;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;

/**
 * The reference scorer's scores, written independently of the rules: a recommendation's status and
 * score from its requirements' verdicts (recommendation-status.drl), and the weighted means per
 * addressee group, document, theme, addressee and overall (aggregate-scores.drl).
 */
final class ReferenceScores {

  private ReferenceScores() {}

  /** recommendation-status.drl. */
  static RecommendationVerdict recommendationVerdict(
      Recommendation r, List<RequirementVerdict> rs) {
    boolean evidenced = false;
    boolean allMet = true;
    boolean someCredit = false;
    double sum = 0;
    for (RequirementVerdict v : rs) {
      evidenced |= v.evidenced();
      allMet &= v.status() == RequirementStatus.MET;
      someCredit |= v.credit() > 0;
      sum += v.credit();
    }
    RecommendationStatus status =
        !evidenced
            ? RecommendationStatus.NOT_ASSESSED
            : allMet
                ? RecommendationStatus.FULFILLED
                : someCredit
                    ? RecommendationStatus.PARTIALLY_FULFILLED
                    : RecommendationStatus.NOT_FULFILLED;
    Double score =
        status == RecommendationStatus.NOT_ASSESSED
            ? null
            : rs.isEmpty()
                ? 0.0
                : BigDecimal.valueOf(100.0 * sum)
                    .divide(BigDecimal.valueOf(rs.size()), 1, RoundingMode.HALF_UP)
                    .doubleValue();
    return new RecommendationVerdict(r.id(), r.document(), status, score, rs);
  }

  record Scored(Recommendation recommendation, RecommendationVerdict verdict) {}

  /**
   * aggregate-scores.drl: weighted mean of the assessed, per addressee group, document, addressee,
   * all; themes count requirements ({@link ReferenceThemes}).
   */
  static List<Aggregate> aggregates(Map<String, Document> documents, List<Scored> scored) {
    Map<String, Group> groups = new TreeMap<>();
    Group overall = groups.computeIfAbsent("OVERALL\0all", k -> new Group("OVERALL", "all"));
    for (String id : documents.keySet()) {
      groups.put("DOCUMENT\0" + id, new Group("DOCUMENT", id));
    }
    for (Scored s : scored) {
      Recommendation r = s.recommendation();
      overall.add(r, s.verdict());
      groups.get("DOCUMENT\0" + r.document()).add(r, s.verdict());
      String a = r.addressee().name();
      groups.computeIfAbsent("ADDRESSEE\0" + a, k -> new Group("ADDRESSEE", a)).add(r, s.verdict());
      String g = addresseeGroup(r.addressee());
      groups.computeIfAbsent("GROUP\0" + g, k -> new Group("GROUP", g)).add(r, s.verdict());
    }
    List<Aggregate> result = new ArrayList<>();
    for (Group g : groups.values()) {
      result.add(g.aggregate());
    }
    result.addAll(ReferenceThemes.aggregates(scored));
    return result;
  }

  /** Issue 9, principle 7: the state, the EU side and international bodies are scored apart. */
  private static String addresseeGroup(Addressee a) {
    return switch (a) {
      case STATE_AUTHORITIES -> "STATE";
      case INTERNATIONAL_ORGANISATIONS -> "INTERNATIONAL_BODIES";
      default -> "EU_INSTITUTIONS";
    };
  }

  private static final class Group {
    final String scope;
    final String key;
    BigDecimal weight = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    int assessed;
    int notAssessed;

    Group(String scope, String key) {
      this.scope = scope;
      this.key = key;
    }

    void add(Recommendation r, RecommendationVerdict v) {
      if (v.status() == RecommendationStatus.NOT_ASSESSED) {
        notAssessed++;
      } else {
        BigDecimal w = BigDecimal.valueOf(r.weight());
        weight = weight.add(w);
        weighted = weighted.add(w.multiply(BigDecimal.valueOf(v.score())));
        assessed++;
      }
    }

    Aggregate aggregate() {
      Double score =
          assessed == 0 ? null : weighted.divide(weight, 1, RoundingMode.HALF_UP).doubleValue();
      return new Aggregate(scope, key, score, assessed, notAssessed, rule());
    }

    private String rule() {
      return switch (scope) {
        case "OVERALL" -> "Overall score";
        case "DOCUMENT" -> "Document score";
        case "GROUP" -> "Addressee group score";
        default -> "Addressee score";
      };
    }
  }
}
