package org.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins two places where release.drl once depended on the order Drools fires rules of equal
 * salience, and the reference scorer had to copy that order. "Release with the conviction quashed
 * earns full credit" completes one partial release only, dated the later of the two, so which
 * release it completes decides whether later counter-evidence overrules it: now always the latest
 * (ties: greatest evidence id), whatever order the items come in. And a new detention after a
 * release is a regression, a "still held" report is not, whatever fires first.
 */
class ReleasePairingTest {

  private static final AssessmentRunner RUNNER = new AssessmentRunner();

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void annulmentCompletesTheLatestPartialReleaseWhateverTheEvidenceOrder(long shuffle) {
    List<EvidenceItem> evidence =
        new ArrayList<>(
            List.of(
                release("named-parole", "2012-01-01", Qualifier.PAROLE),
                release("linked-pardon", "2013-01-01", Qualifier.PARDON),
                release("named-unstated-1", "2014-01-01"),
                release("named-unstated-2", "2015-01-01"),
                release("named-health", "2016-01-01", Qualifier.HEALTH_GROUNDS),
                release("named-health-same-day", "2016-01-01", Qualifier.HEALTH_GROUNDS)));
    Collections.shuffle(evidence, new Random(shuffle));
    evidence.add(item("annulled", EvidenceType.CONVICTION_QUASHED, "2011-01-01", Set.of()));

    assertThat(pairedRelease(evidence)).isEqualTo("named-health-same-day");
    evidence.removeIf(e -> e.id().startsWith("named-health"));
    assertThat(pairedRelease(evidence)).isEqualTo("named-unstated-2");
  }

  /**
   * A new detention after a release is a regression ("Re-detention or a new conviction withdraws a
   * person's remedy"); a report that the person is still held is counter-evidence only, and a
   * conflict with the release report (rules/README.md section 3, conflicting sources), whatever
   * order the rules fire in.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aPersonDetainedAgainAfterAReleaseIsARegressionButStillHeldIsNot(boolean ongoing) {
    List<EvidenceItem> evidence =
        List.of(
            release("named-parole", "2019-06-01", Qualifier.PAROLE),
            item(
                "named-detained",
                EvidenceType.DETENTION,
                "2020-02-01",
                ongoing ? Set.of(Qualifier.ONGOING) : Set.of(Qualifier.PRE_TRIAL)));
    var requirement =
        RUNNER
            .assess(catalogue(), evidence, AssessmentRequest.asOf(LocalDate.of(2020, 6, 1)))
            .recommendations()
            .get(0)
            .requirements()
            .get(0);
    // Issue 9, conflicting sources: a report that the person is still held, with no new arrest
    // reported, is a conflict with the release report (the later source decides), never a
    // re-detention; a new pre-trial detention is one.
    assertThat(requirement.status())
        .isEqualTo(ongoing ? RequirementStatus.NOT_MET : RequirementStatus.REGRESSED);
  }

  private static String pairedRelease(List<EvidenceItem> evidence) {
    var requirement =
        RUNNER
            .assess(catalogue(), evidence, AssessmentRequest.asOf(LocalDate.of(2020, 1, 1)))
            .recommendations()
            .get(0)
            .requirements()
            .get(0);
    String reason =
        requirement.findings().stream()
            .filter(f -> f.rule().equals("Release with the conviction quashed earns full credit"))
            .findFirst()
            .orElseThrow()
            .explanation(java.util.Locale.ENGLISH);
    // "released (<date>: <the release's summary, 'item <id>'>) and conviction annulled ..."
    String release = reason.substring(reason.indexOf('(') + 1, reason.indexOf(')'));
    return release.substring(release.indexOf("item ") + "item ".length());
  }

  private static Catalogue catalogue() {
    EntityRegistry registry = new EntityRegistry();
    registry.add(EntityType.PERSON, new Entity("p", "Person", List.of()));
    Requirement release =
        new Requirement(
            "r-a", RequirementKind.RELEASE, "release", List.of(new Target(TargetType.PERSON, "p")));
    return new Catalogue(
        List.of(new Document("d", "doc", "body", "proc", PartialDate.parse("2010-01-01"), "KZ")),
        List.of(
            new Recommendation(
                "r",
                "d",
                "1",
                "text",
                Addressee.STATE_AUTHORITIES,
                Set.of(),
                1.0,
                List.of(release))),
        registry);
  }

  private static EvidenceItem release(String id, String date, Qualifier... terms) {
    return item(id, EvidenceType.RELEASE, date, Set.of(terms));
  }

  private static EvidenceItem item(
      String id, EvidenceType type, String date, Set<Qualifier> qualifiers) {
    boolean linked = id.startsWith("linked");
    return new EvidenceItem(
        id,
        type,
        PartialDate.parse(date),
        null,
        "item " + id,
        "KZ",
        linked ? List.of() : List.of("Person"),
        List.of(),
        List.of(),
        null,
        qualifiers,
        linked ? List.of("r") : List.of(),
        new Source("NGO", "report", null, null),
        ReviewStatus.VERIFIED);
  }
}
