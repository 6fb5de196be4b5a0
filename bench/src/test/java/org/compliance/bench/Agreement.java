package org.compliance.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.compliance.bench.reference.ReferenceScorecard;
import org.compliance.bench.reference.ReferenceScorecard.RecommendationVerdict;
import org.compliance.bench.reference.ReferenceScorecard.RequirementVerdict;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;

/** Every difference between the rules' scorecard and the reference scorer's, one line each. */
final class Agreement {

  private Agreement() {}

  static List<String> differences(Scorecard rules, ReferenceScorecard reference) {
    List<String> out = new ArrayList<>();
    Map<String, RecommendationVerdict> byId = new HashMap<>();
    reference.recommendations().forEach(v -> byId.put(v.id(), v));
    if (rules.recommendations().size() != reference.recommendations().size()) {
      out.add(
          "recommendation count: rules "
              + rules.recommendations().size()
              + ", reference "
              + reference.recommendations().size());
    }
    for (RecommendationResult r : rules.recommendations()) {
      RecommendationVerdict v = byId.get(r.id());
      if (v == null) {
        out.add(r.id() + ": missing from the reference");
        continue;
      }
      if (r.status() != v.status() || !Objects.equals(r.score(), v.score())) {
        out.add(
            r.id()
                + ": rules "
                + r.status()
                + " "
                + r.score()
                + ", reference "
                + v.status()
                + " "
                + v.score());
      }
      for (int i = 0; i < r.requirements().size(); i++) {
        RequirementResult q = r.requirements().get(i);
        RequirementVerdict w = v.requirements().get(i);
        if (!q.id().equals(w.id())
            || q.status() != w.status()
            || q.credit() != w.credit()
            || q.evidenced() != w.evidenced()) {
          out.add(
              q.id()
                  + " ("
                  + q.kind()
                  + "): rules "
                  + q.status()
                  + " "
                  + q.credit()
                  + (q.evidenced() ? "" : " unevidenced")
                  + ", reference "
                  + w.status()
                  + " "
                  + w.credit()
                  + (w.evidenced() ? "" : " unevidenced")
                  + "\n    "
                  + q.reason(java.util.Locale.ENGLISH)
                  + "\n    "
                  + String.join(
                      "\n    ",
                      q.findings().stream()
                          .map(f -> f.effect() + " " + f.evidenceIds() + " " + f.rule())
                          .toList()));
        }
      }
    }
    Map<String, Aggregate> aggregates = new HashMap<>();
    reference.aggregates().forEach(a -> aggregates.put(a.scope() + "/" + a.key(), a));
    if (rules.aggregates().size() != reference.aggregates().size()) {
      out.add(
          "aggregate count: rules "
              + rules.aggregates().size()
              + ", reference "
              + reference.aggregates().size());
    }
    for (Aggregate a : rules.aggregates()) {
      Aggregate b = aggregates.get(a.scope() + "/" + a.key());
      if (b == null
          || a.assessed() != b.assessed()
          || a.notAssessed() != b.notAssessed()
          || !Objects.equals(a.score(), b.score())) {
        out.add("aggregate " + a + " vs " + b);
      }
    }
    return out;
  }
}
