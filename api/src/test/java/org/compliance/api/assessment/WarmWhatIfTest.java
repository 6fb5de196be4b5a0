package org.compliance.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.compliance.api.Http;
import org.compliance.api.Http.Response;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.scorecard.ContextSummary;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What-ifs answered from a warm assessment give exactly the scorecard a full re-assessment with the
 * hypothetical item gives (every status, score, rule id, finding and evidence id), also after the
 * stored evidence changes between what-ifs, with several at once on one warm assessment, and after
 * a what-if that failed. A database of its own: it adds verified evidence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:warm-what-if;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "compliance.data-dir=target/test-data-warm-what-if"
    })
class WarmWhatIfTest {

  private static final String DOCUMENT = "ep-2019-2610";
  private static final LocalDate AS_OF = LocalDate.of(2020, 2, 20);

  @LocalServerPort int port;
  @Autowired WhatIfService whatIfs;
  @Autowired WarmAssessments warm;
  @Autowired AssessmentRunner runner;
  @Autowired CatalogueStore catalogue;
  @Autowired EvidenceStore evidence;
  Http http;

  @BeforeEach
  void connect() {
    http = new Http(port, Map.of("ngo", "ngo-demo", "officer", "officer-demo"));
  }

  @Test
  void eachWhatIfGivesTheScorecardOfAFullReassessmentAlsoAfterTheEvidenceChanges() {
    List<EvidenceItem> items =
        List.of(
            item(EvidenceType.RELEASE, "Iskander Yerimbetov", List.of(), Qualifier.UNCONDITIONAL),
            item(EvidenceType.DETENTION, "Aron Atabek", List.of()),
            item(EvidenceType.LAW_AMENDED, null, List.of("Art. 174 CC")));
    Scorecard before = null;
    for (EvidenceItem added : items) {
      WhatIfService.WhatIf w = whatIfs.whatIf(body(added));
      assertThat(w.after()).isEqualTo(full(added));
      before = w.base();
    }
    assertThat(before).isEqualTo(full(null));

    // A release is verified: the next what-ifs must count it (their base is no longer the old one).
    submitVerified(
        """
        {"type":"RELEASE","date":"2019-12-20","summary":"Released","country":"KZ",
         "persons":["Mukhtar Dzhakishev"],"qualifiers":["UNCONDITIONAL"],
         "source":{"organisation":"Test NGO","title":"Monitoring note","published":"2019-12-21"}}
        """);
    for (EvidenceItem added : items) {
      WhatIfService.WhatIf w = whatIfs.whatIf(body(added));
      assertThat(w.after()).isEqualTo(full(added));
      assertThat(w.base()).isEqualTo(full(null)).isNotEqualTo(before);
    }
    // The entry of the older evidence is gone, not kept beside the new one.
    assertThat(warm.size()).isEqualTo(1);
  }

  /**
   * The answer without the scorecard is read from the warm change alone, and names exactly what a
   * full re-assessment with the item moves (findings within a requirement in any order); the merged
   * scorecard is not made.
   */
  @Test
  void theChangeAloneNamesWhatAFullReassessmentMoves() {
    Scorecard base = full(null);
    List<EvidenceItem> items =
        List.of(
            item(EvidenceType.RELEASE, "Iskander Yerimbetov", List.of(), Qualifier.UNCONDITIONAL),
            item(EvidenceType.DETENTION, "Aron Atabek", List.of()),
            item(EvidenceType.DETENTION, "Iskander Yerimbetov", List.of()),
            item(EvidenceType.LAW_AMENDED, null, List.of("Art. 174 CC")));
    int moved = 0;
    for (EvidenceItem added : items) {
      WhatIfService.WhatIf w = whatIfs.whatIf(body(added), false);
      assertThat(w.after()).isNull();
      assertThat(w.change()).isNotNull();
      for (java.util.Locale locale :
          List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("ru"))) {
        List<WhatIfMove> expected =
            unordered(WhatIfMoves.between(base, full(added), id -> true, locale));
        assertThat(unordered(w.moves(id -> true, locale))).isEqualTo(expected);
        moved += expected.size();
      }
    }
    assertThat(moved).isPositive();
  }

  /**
   * An item that joins a requirement's summary of context (a detention before the resolution was
   * adopted: the situation at adoption) moves that summary as one context move, counted before and
   * after and naming the item, not as the summary removed and added again with every item it names.
   */
  @Test
  void anItemJoiningASummaryOfContextIsOneContextMove() {
    int seen = 0;
    for (String person : List.of("Iskander Yerimbetov", "Aron Atabek", "Max Bokayev")) {
      EvidenceItem before = item(EvidenceType.DETENTION, person, List.of());
      EvidenceItem added =
          new EvidenceItem(
              null,
              before.type(),
              PartialDate.parse("2018-06-10"),
              null,
              before.summary(),
              before.country(),
              before.persons(),
              before.laws(),
              before.organisations(),
              null,
              before.qualifiers(),
              List.of(),
              before.source(),
              null);
      WhatIfService.WhatIf w = whatIfs.whatIf(body(added), false);
      for (WhatIfMove m : w.moves(ReaderScorecard.EVERY_ITEM, java.util.Locale.ENGLISH)) {
        for (WhatIfMove.RequirementMove q : m.requirements()) {
          for (WhatIfMove.ContextMove c : q.context()) {
            seen++;
            assertThat(c.added()).containsExactly("what-if-1");
            assertThat(c.removed()).isEmpty();
            assertThat(c.to()).isEqualTo(c.from() + 1);
            assertThat(c.explanation()).isNotBlank();
            assertThat(q.added())
                .noneMatch(f -> f.ruleId().equals(c.ruleId()) && ContextSummary.is(f));
            assertThat(q.removed())
                .noneMatch(f -> f.ruleId().equals(c.ruleId()) && ContextSummary.is(f));
          }
        }
      }
    }
    assertThat(seen).isPositive();
  }

  /**
   * Two different what-ifs in a row on the same warm entry (detentions of one person, on two dates
   * with two summaries) each answer as alone: the second's credits overruled by its item name it,
   * not the first; its moves and scorecard are a full re-assessment's.
   */
  @Test
  void twoDifferentWhatIfsInARowEachAnswerAsAlone() {
    Scorecard base = full(null);
    int overruled = 0;
    for (String person : List.of("Iskander Yerimbetov", "Aron Atabek", "Max Bokayev")) {
      EvidenceItem first =
          dated(item(EvidenceType.DETENTION, person, List.of()), "2020-01-10", "First");
      EvidenceItem second =
          dated(item(EvidenceType.DETENTION, person, List.of()), "2020-01-15", "Second");
      whatIfs.whatIf(body(first), false);
      WhatIfService.WhatIf w = whatIfs.whatIf(body(second));
      assertThat(w.after()).isEqualTo(full(second));
      List<WhatIfMove> moves = w.moves(ReaderScorecard.EVERY_ITEM, java.util.Locale.ENGLISH);
      assertThat(unordered(moves))
          .isEqualTo(
              unordered(
                  WhatIfMoves.between(
                      base, full(second), ReaderScorecard.EVERY_ITEM, java.util.Locale.ENGLISH)));
      for (WhatIfMove m : moves) {
        for (WhatIfMove.RequirementMove q : m.requirements()) {
          for (WhatIfMove.OverruledMove o : q.overruled()) {
            overruled++;
            assertThat(o.to()).isEqualTo("what-if-1");
            assertThat(o.explanation()).contains("Second").doesNotContain("First");
          }
          for (var f : q.added()) {
            if (f.effect() == org.compliance.scorecard.Finding.Effect.OVERRULED
                && f.evidenceIds().contains("what-if-1")) {
              overruled++;
              assertThat(f.explanation()).contains("Second").doesNotContain("First");
            }
          }
        }
      }
    }
    assertThat(overruled).isPositive();
  }

  /**
   * The item is taken back after the answer, by the service, not left for the next what-if: soon
   * after a what-if the warm assessment holds no item.
   */
  @Test
  void theItemIsTakenBackAfterTheAnswer() throws InterruptedException {
    AssessmentRequest request = new AssessmentRequest(AS_OF, Set.of(DOCUMENT), false);
    whatIfs.whatIf(body(item(EvidenceType.DETENTION, "Aron Atabek", List.of())), false);
    boolean holds = true;
    for (int i = 0; i < 100 && holds; i++) {
      Thread.sleep(50);
      holds = warm.with(request, org.compliance.assessment.WarmAssessment::holdsItem);
    }
    assertThat(holds).isFalse();
  }

  private static EvidenceItem dated(EvidenceItem e, String date, String summary) {
    return new EvidenceItem(
        null,
        e.type(),
        PartialDate.parse(date),
        null,
        summary + " " + e.summary(),
        e.country(),
        e.persons(),
        e.laws(),
        e.organisations(),
        null,
        e.qualifiers(),
        List.of(),
        e.source(),
        null);
  }

  /** The moves with each requirement's findings in one order (the change's may differ). */
  private static List<WhatIfMove> unordered(List<WhatIfMove> moves) {
    java.util.Comparator<org.compliance.scorecard.Finding> order =
        java.util.Comparator.comparing(Object::toString);
    return moves.stream()
        .map(
            m ->
                new WhatIfMove(
                    m.id(),
                    m.paragraph(),
                    m.text(),
                    m.from(),
                    m.to(),
                    m.fromScore(),
                    m.toScore(),
                    m.rule(),
                    m.ruleId(),
                    m.reason(),
                    m.requirements().stream()
                        .map(
                            q ->
                                new WhatIfMove.RequirementMove(
                                    q.id(),
                                    q.text(),
                                    q.from(),
                                    q.to(),
                                    q.fromCredit(),
                                    q.toCredit(),
                                    q.rule(),
                                    q.ruleId(),
                                    q.reason(),
                                    q.added().stream().sorted(order).toList(),
                                    q.removed().stream().sorted(order).toList(),
                                    q.context(),
                                    q.overruled()))
                        .toList()))
        .toList();
  }

  /** Two what-ifs at a time on one warm assessment each get their own full re-assessment. */
  @Test
  void concurrentWhatIfsOnOneWarmAssessmentEachGetTheirOwnAnswer() throws Exception {
    List<EvidenceItem> items =
        List.of(
            item(EvidenceType.RELEASE, "Iskander Yerimbetov", List.of(), Qualifier.UNCONDITIONAL),
            item(EvidenceType.RELEASE, "Maks Bokayev", List.of(), Qualifier.UNCONDITIONAL),
            item(EvidenceType.DETENTION, "Aron Atabek", List.of()),
            item(EvidenceType.LAW_AMENDED, null, List.of("Art. 174 CC")));
    List<Scorecard> expected = new ArrayList<>();
    items.forEach(i -> expected.add(full(i)));
    whatIfs.whatIf(body(items.get(0)));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int offset = t;
        Callable<Boolean> run =
            () -> {
              for (int n = 0; n < 12; n++) {
                int i = (n + offset) % items.size();
                if (!whatIfs.whatIf(body(items.get(i))).after().equals(expected.get(i))) {
                  return false;
                }
              }
              return true;
            };
        runs.add(pool.submit(run));
      }
      for (Future<Boolean> f : runs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A what-if the engine fails on (an item without a type, which every door refuses) leaves the
   * cache usable: the next what-if is a full re-assessment's equal.
   */
  @Test
  void aFailedWhatIfLeavesTheCacheUsable() {
    EvidenceItem release =
        item(EvidenceType.RELEASE, "Iskander Yerimbetov", List.of(), Qualifier.UNCONDITIONAL);
    whatIfs.whatIf(body(release));
    EvidenceItem untyped =
        new EvidenceItem(
            "what-if-1",
            null,
            release.date(),
            null,
            "no type",
            "KZ",
            List.of("Iskander Yerimbetov"),
            List.of(),
            List.of(),
            null,
            Set.of(),
            List.of(),
            release.source(),
            ReviewStatus.VERIFIED);
    AssessmentRequest request = new AssessmentRequest(AS_OF, Set.of(DOCUMENT), false);
    assertThatThrownBy(() -> warm.with(request, w -> w.withItem(untyped)))
        .isInstanceOf(RuntimeException.class);
    assertThat(whatIfs.whatIf(body(release)).after()).isEqualTo(full(release));
  }

  /** Over HTTP: what moves, from what to what and by which rule; the scorecard unless declined. */
  @Test
  void theAnswerNamesWhatMovesAndHoldsTheScorecardUnlessDeclined() {
    String body =
        """
        {"document":"ep-2019-2610","asOf":"2020-01-14","evidence":[
         {"type":"RELEASE","date":"2020-01-10","summary":"Released","country":"KZ",
          "persons":["Iskander Yerimbetov"],"qualifiers":["UNCONDITIONAL"],
          "source":{"organisation":"Test NGO","title":"Monitoring note","published":"2020-01-11"}}]}
        """;
    Response whole = http.post("/api/what-if", "officer", body);
    assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
    assertThat(whole.json().get("recommendations").size()).isEqualTo(28);
    JsonNode move = null;
    for (JsonNode each : whole.json().get("changes")) {
      if (each.get("id").asString().equals("ep-2019-2610-05")) {
        move = each;
      }
    }
    assertThat(move).as(whole.json().get("changes").toString()).isNotNull();
    // An unconditional release of Yerimbetov (no later source says otherwise by then): a
    // requirement moves by a release rule, and the recommendation's score rises.
    assertThat(move.get("toScore").asDouble())
        .as(move.toString())
        .isGreaterThan(move.get("fromScore").asDouble());
    JsonNode release = null;
    for (JsonNode q : move.get("requirements")) {
      if (!q.get("from").asString().equals(q.get("to").asString())) {
        release = q;
      }
    }
    assertThat(release).as(move.toString()).isNotNull();
    // The requirement's status by its status rule, the credit by the release rule that judged it.
    assertThat(release.get("ruleId").asString()).isEqualTo("requirement-status.best-credit");
    JsonNode judged = release.get("added").get(0);
    assertThat(judged.get("ruleId").asString()).startsWith("release.");
    assertThat(judged.get("evidenceIds").toString()).contains("what-if-1");

    Response changes = http.post("/api/what-if?scorecard=false", "officer", body);
    assertThat(changes.status()).as(changes.toString()).isEqualTo(200);
    assertThat(changes.json().has("recommendations")).isFalse();
    assertThat(changes.json().get("changes")).isEqualTo(whole.json().get("changes"));
    Response bad = http.post("/api/what-if?scorecard=maybe", "officer", body);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(new String(bad.raw().body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("scorecard");
  }

  private Scorecard full(EvidenceItem added) {
    List<EvidenceItem> all = new ArrayList<>(evidence.all());
    if (added != null) {
      all.add(added.withId("what-if-1").withStatus(ReviewStatus.VERIFIED));
    }
    return runner.assess(
        catalogue.catalogue(), all, new AssessmentRequest(AS_OF, Set.of(DOCUMENT), false));
  }

  private static AssessmentBody body(EvidenceItem item) {
    return new AssessmentBody(DOCUMENT, AS_OF, false, List.of(item));
  }

  private static EvidenceItem item(
      EvidenceType type, String person, List<String> laws, Qualifier... qualifiers) {
    return new EvidenceItem(
        null,
        type,
        PartialDate.parse("2020-01-10"),
        null,
        "Hypothetical " + type,
        "KZ",
        person == null ? List.of() : List.of(person),
        laws,
        List.of(),
        null,
        Set.of(qualifiers),
        List.of(),
        new Source("Test NGO", "Monitoring note", null, "2020-01-11"),
        null);
  }

  private void submitVerified(String body) {
    Response r = http.post("/api/evidence", "ngo", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.json().get("id").asString();
    Response v =
        http.post("/api/evidence/" + id + "/review", "officer", "{\"decision\":\"VERIFIED\"}");
    assertThat(v.status()).as(v.toString()).isEqualTo(200);
  }
}
