package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Recurrence;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.junit.jupiter.api.Test;

/**
 * Principle "every ask can be met and can be failed", for the methodology itself: for every kind of
 * ask, asked of a named person, law or body and of a group with no identified members, the table
 * and the rules beside it hold some evidence that meets it (full or partial credit) and some that
 * counts against it (counter-evidence, a regression, a cap), alone or after a step that earned
 * credit. Every type of evidence is tried with each of its terms, at scale. A public refusal counts
 * against every ask, so it proves nothing about one kind: it is left out, except for an ask that is
 * itself a public act. The catalogue's own asks are tried the ordinary way in {@code fixtures}.
 */
class EveryKindOfAskCanBeMetAndFailedTest {

  /** One item to try: a type, its terms. */
  record Probe(EvidenceType type, Set<Qualifier> terms) {
    @Override
    public String toString() {
      return type + (terms.isEmpty() ? "" : " " + terms);
    }
  }

  /** A kind of ask, of a named target or of a group. */
  record Ask(RequirementKind kind, boolean group) {
    @Override
    public String toString() {
      return kind + (group ? " (a group)" : " (named)");
    }

    Requirement requirement() {
      boolean engagement = kind == RequirementKind.ENGAGE || kind == RequirementKind.COOPERATE;
      Target target =
          group
              ? new Target(TargetType.PRACTICE, Scenario.ONE_EVENT)
              : engagement
                  ? new Target(TargetType.ORGANISATION, Scenario.ORG)
                  : new Target(TargetType.PERSON, Scenario.PERSON);
      return new Requirement(
          "q",
          kind,
          "ask",
          List.of(target),
          null,
          kind == RequirementKind.ENGAGE ? EngagementSubject.MONITORING : null,
          kind == RequirementKind.ENGAGE ? Recurrence.CONTINUOUS : null);
    }
  }

  /** Every type of evidence, bare and with each of its terms (engagements on the ask's subject). */
  static List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    for (EvidenceType type : EvidenceType.values()) {
      Set<Qualifier> base =
          type == EvidenceType.ENGAGEMENT
              ? EnumSet.of(Qualifier.MONITORING)
              : EnumSet.noneOf(Qualifier.class);
      probes.add(new Probe(type, base));
      for (Qualifier q : Qualifier.values()) {
        if (q.appliesTo(type) && !q.isVictimGroup() && EngagementSubject.of(q) == null) {
          Set<Qualifier> terms = EnumSet.copyOf(base);
          terms.add(q);
          probes.add(new Probe(type, terms));
        }
      }
    }
    return probes;
  }

  /** What each probe did to an ask, tried alone on 2019-06, or after {@code step} on 2019-09. */
  private static Map<Probe, RequirementResult> tryAll(Ask ask, Probe step, List<Probe> probes) {
    Scenario s = Scenario.given();
    for (int i = 0; i < probes.size(); i++) {
      String rec = "p" + i;
      s.recommendation(rec, Addressee.STATE_AUTHORITIES, ask.requirement());
      if (step != null) {
        add(s, "s" + i, step, "2019-06", rec);
      }
      add(s, "e" + i, probes.get(i), step == null ? "2019-06" : "2019-09", rec);
    }
    Map<Probe, RequirementResult> results = new LinkedHashMap<>();
    for (RecommendationResult r : s.assess().recommendations()) {
      results.put(probes.get(Integer.parseInt(r.id().substring(1))), r.requirements().get(0));
    }
    return results;
  }

  /** An item of the probe, linked to its recommendation, about several unnamed people. */
  private static void add(Scenario s, String id, Probe p, String date, String rec) {
    Scenario.Item item =
        s.evidence(id, p.type(), date).linkedTo(rec).qualified(p.terms().toArray(new Qualifier[0]));
    if (p.type().has(EvidenceType.Field.COUNT)) {
      item.count(20);
    } else if (p.type().has(EvidenceType.Field.PERSONS)) {
      item.person("Someone", "Someone Else");
    } else if (p.type().has(EvidenceType.Field.ORGANISATIONS)) {
      item.organisation("Some Body", "Another Body");
    }
    item.add();
  }

  private static boolean against(Ask ask, Finding f) {
    boolean refusal = "public-acts.contrary".equals(f.ruleId());
    return (f.effect() == Finding.Effect.COUNTER_EVIDENCE
            || f.effect() == Finding.Effect.REGRESSION
            || f.effect() == Finding.Effect.CAP)
        && (!refusal || ask.kind() == RequirementKind.PUBLIC_ACT);
  }

  @Test
  void everyKindOfAskCanBeMetAndCanBeFailed() throws IOException {
    List<Probe> probes = probes();
    List<String> cannotBeMet = new ArrayList<>();
    List<String> cannotBeFailed = new ArrayList<>();
    for (RequirementKind kind : RequirementKind.values()) {
      for (boolean group : List.of(false, true)) {
        Ask ask = new Ask(kind, group);
        Set<String> meets = new TreeSet<>();
        Set<String> fails = new TreeSet<>();
        Probe step = null;
        for (Map.Entry<Probe, RequirementResult> e : tryAll(ask, null, probes).entrySet()) {
          RequirementResult q = e.getValue();
          if (q.credit() > 0) {
            meets.add(e.getKey().toString());
            step = step == null ? e.getKey() : step;
          }
          if (q.findings().stream().anyMatch(f -> against(ask, f))) {
            fails.add(e.getKey().toString());
          }
        }
        if (step != null && fails.isEmpty()) {
          for (Map.Entry<Probe, RequirementResult> e : tryAll(ask, step, probes).entrySet()) {
            if (e.getValue().findings().stream().anyMatch(f -> against(ask, f))) {
              fails.add(e.getKey() + " after " + step);
            }
          }
        }
        if (meets.isEmpty()) {
          cannotBeMet.add(ask.toString());
        }
        if (fails.isEmpty()) {
          cannotBeFailed.add(ask.toString());
        }
      }
    }
    assertThat(cannotBeMet).as("kinds of ask no evidence meets, even in part").isEmpty();
    assertThat(cannotBeFailed).as("kinds of ask no evidence counts against").isEmpty();
    assertThat(kindsTheMethodologyNames())
        .as("kinds of ask the methodology names")
        .containsAll(EnumSet.allOf(RequirementKind.class));
  }

  /** The kinds of ask the table's rows or the rules beside it name. */
  private static Set<RequirementKind> kindsTheMethodologyNames() throws IOException {
    Set<RequirementKind> named = EnumSet.noneOf(RequirementKind.class);
    for (MethodologyTable.Row r : MethodologyTable.rows()) {
      r.codes("Ask: one of").forEach(c -> named.add(RequirementKind.valueOf(c)));
    }
    for (String file : List.of("practices", "release", "engagement", "laws", "sustained")) {
      try (InputStream in =
          EveryKindOfAskCanBeMetAndFailedTest.class.getResourceAsStream(file + ".drl")) {
        String drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (RequirementKind k : RequirementKind.values()) {
          if (drl.contains("RequirementKind." + k.name())) {
            named.add(k);
          }
        }
      }
    }
    return named;
  }
}
