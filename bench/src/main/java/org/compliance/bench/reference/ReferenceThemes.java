package org.compliance.bench.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.bench.reference.ReferenceScorecard.RequirementVerdict;
import org.compliance.bench.reference.ReferenceScores.Scored;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.Theme;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.RecommendationStatus;

/**
 * aggregate-scores.theme, written independently: per theme, each assessed recommendation's part on
 * the theme (its requirements naming the theme, or all of them when they name none) is scored like
 * a recommendation and weighs weight x part / all; sums kept as exact fractions.
 */
final class ReferenceThemes {

  private ReferenceThemes() {}

  static List<Aggregate> aggregates(List<Scored> scored) {
    Map<Theme, Sums> themes = new EnumMap<>(Theme.class);
    for (Scored s : scored) {
      Recommendation r = s.recommendation();
      boolean assessed = s.verdict().status() != RecommendationStatus.NOT_ASSESSED;
      for (Theme t : r.themes()) {
        Sums sums = themes.computeIfAbsent(t, k -> new Sums());
        List<RequirementVerdict> part = new ArrayList<>();
        for (int i = 0; i < r.requirements().size(); i++) {
          if (bearsOn(r, r.requirements().get(i), t)) {
            part.add(s.verdict().requirements().get(i));
          }
        }
        if (!assessed) {
          sums.notAssessed += part.size();
        } else if (!part.isEmpty()) {
          sums.assessed += part.size();
          // weight x |part| / |all| as a fraction of integers: weight = unscaled / 10^scale.
          BigDecimal w = BigDecimal.valueOf(r.weight());
          BigInteger num = w.unscaledValue().multiply(BigInteger.valueOf(part.size()));
          BigInteger den =
              BigInteger.TEN
                  .pow(Math.max(w.scale(), 0))
                  .multiply(BigInteger.valueOf(r.requirements().size()));
          if (w.scale() < 0) {
            num = num.multiply(BigInteger.TEN.pow(-w.scale()));
          }
          sums.add(num, den, partScore(part));
        }
      }
    }
    List<Aggregate> result = new ArrayList<>();
    themes.forEach((t, s) -> result.add(s.aggregate(t)));
    return result;
  }

  private static boolean bearsOn(Recommendation r, Requirement q, Theme t) {
    Set<Theme> own = q.themes() == null ? r.themes() : q.themes();
    return own.contains(t);
  }

  /** The part's mean credit x 100, half up to one decimal, as tenths. */
  private static BigInteger partScore(List<RequirementVerdict> part) {
    double sum = 0;
    for (RequirementVerdict v : part) {
      sum += v.credit();
    }
    return BigDecimal.valueOf(100.0 * sum)
        .divide(BigDecimal.valueOf(part.size()), 1, RoundingMode.HALF_UP)
        .unscaledValue();
  }

  /** Sum of weights and of weight x score (in tenths), each an exact fraction. */
  private static final class Sums {
    BigInteger weightNum = BigInteger.ZERO;
    BigInteger weightDen = BigInteger.ONE;
    BigInteger scoreNum = BigInteger.ZERO;
    BigInteger scoreDen = BigInteger.ONE;
    int assessed;
    int notAssessed;

    void add(BigInteger num, BigInteger den, BigInteger tenths) {
      weightNum = weightNum.multiply(den).add(num.multiply(weightDen));
      weightDen = weightDen.multiply(den);
      scoreNum = scoreNum.multiply(den).add(num.multiply(tenths).multiply(scoreDen));
      scoreDen = scoreDen.multiply(den);
      BigInteger g = weightNum.gcd(weightDen);
      weightNum = weightNum.divide(g);
      weightDen = weightDen.divide(g);
      g = scoreNum.gcd(scoreDen).max(BigInteger.ONE);
      scoreNum = scoreNum.divide(g);
      scoreDen = scoreDen.divide(g);
    }

    Aggregate aggregate(Theme t) {
      Double score = null;
      if (assessed > 0) {
        // (scoreNum / scoreDen) / (weightNum / weightDen) tenths, rounded half up to whole tenths.
        BigDecimal tenths =
            new BigDecimal(scoreNum.multiply(weightDen))
                .divide(new BigDecimal(scoreDen.multiply(weightNum)), 0, RoundingMode.HALF_UP);
        score = tenths.movePointLeft(1).doubleValue();
      }
      return new Aggregate("THEME", t.name(), score, assessed, notAssessed, "Theme score");
    }
  }
}
