package org.compliance.api.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.exchange.Bundles;
import org.compliance.fixtures.Fixtures;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;

/** The 2019 resolution's scorecard as of the NGO report's date, and hostile variants of it. */
final class FixtureReports {

  static final Bundles.Loaded DATA = Fixtures.load();

  static final Scorecard CARD_2019 =
      new AssessmentRunner()
          .assess(
              DATA.catalogue(),
              DATA.evidence(),
              AssessmentRequest.asOf(LocalDate.of(2020, 2, 20), "ep-2019-2610"));

  static final Instant GENERATED = Instant.parse("2026-11-22T10:15:30Z");

  /** Evidence text a spreadsheet would run as a command if it were a formula. */
  static final String COMMAND = "=cmd|' /C calc'!A0";

  /** Every field a user fills starts like a formula; it must survive the round trip as text. */
  static final EvidenceItem HOSTILE =
      new EvidenceItem(
          "hostile-1",
          EvidenceType.HARASSMENT,
          PartialDate.parse("2020-01-15"),
          null,
          COMMAND,
          "KZ",
          List.of("+SUM(1+1)", "Maks Bokayev"),
          List.of("@Criminal Code"),
          List.of("-2+3"),
          3,
          Set.of(Qualifier.ONGOING),
          List.of(),
          new Source("=1+1", "@title", "https://example.org/report?a=1&b=2", "2020-01"),
          ReviewStatus.VERIFIED);

  /** Starts with tab and carriage return, and links to script: shown, never run or followed. */
  static final EvidenceItem SNEAKY =
      new EvidenceItem(
          "sneaky-1",
          EvidenceType.HARASSMENT,
          PartialDate.parse("2020-01"),
          null,
          "\t=2+2",
          "KZ",
          List.of(),
          List.of(),
          List.of(),
          null,
          Set.of(),
          List.of(),
          new Source("\r=3+3", "title", "javascript:alert(1)", null),
          ReviewStatus.VERIFIED);

  private FixtureReports() {}

  static ScorecardReport report2019() {
    return ScorecardReport.of(
        CARD_2019, DATA.catalogue(), DATA.evidence(), "sha256:test", GENERATED);
  }

  /** The 2019 report plus {@link #HOSTILE} among its evidence. */
  static ScorecardReport withHostileEvidence() {
    ScorecardReport clean = report2019();
    List<EvidenceItem> evidence = new ArrayList<>(clean.evidence());
    evidence.add(HOSTILE);
    return new ScorecardReport(
        clean.scorecard(), clean.documents(), evidence, clean.inputHash(), GENERATED);
  }

  /**
   * Hostile everywhere: evidence, a recommendation's text and reason, a finding's explanation, the
   * input hash.
   */
  static ScorecardReport hostileEverywhere() {
    ScorecardReport withHostile = withHostileEvidence();
    List<EvidenceItem> evidence = new ArrayList<>(withHostile.evidence());
    evidence.add(SNEAKY);
    Scorecard card = CARD_2019;
    List<RecommendationResult> recommendations = new ArrayList<>(card.recommendations());
    RecommendationResult first = recommendations.get(0);
    RequirementResult req = first.requirements().get(0);
    List<Finding> findings = new ArrayList<>(req.findings());
    findings.add(
        new Finding(
            req.id(), "@rule", Finding.Effect.NOTE, List.of("hostile-1"), null, "-explanation"));
    RequirementResult hostileReq =
        new RequirementResult(
            req.id(),
            req.kind(),
            "+requirement",
            req.status(),
            req.credit(),
            req.evidenced(),
            req.rule(),
            req.reason(java.util.Locale.ENGLISH),
            findings);
    List<RequirementResult> requirements = new ArrayList<>(first.requirements());
    requirements.set(0, hostileReq);
    recommendations.set(
        0,
        new RecommendationResult(
            first.id(),
            first.document(),
            "-1",
            "=HYPERLINK(\"https://evil.example\",\"click\")",
            first.addressee(),
            first.themes(),
            first.weight(),
            first.status(),
            first.score(),
            first.rule(),
            "+reason",
            requirements));
    Scorecard hostile =
        new Scorecard(
            card.rulesVersion(),
            card.asOf(),
            card.documents(),
            card.includeUnverified(),
            recommendations,
            card.aggregates(),
            card.excluded(),
            card.unmatched(),
            card.evidenceUsed());
    return new ScorecardReport(hostile, withHostile.documents(), evidence, "=hash", GENERATED);
  }
}
