package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Recurrence;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.PoliticalPrisonerListing;
import org.compliance.registry.Practice;
import org.compliance.registry.SourceKind;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;

/**
 * Given-facts builder for rule tests: one document adopted 2019-03-14 in KZ, recommendations with
 * requirements, evidence items; then assess and look at a requirement's status, credit and
 * findings.
 */
final class Scenario {

  static final AssessmentRunner RUNNER = new AssessmentRunner();
  static final LocalDate ADOPTED = LocalDate.of(2019, 3, 14);
  static final String DOC = "doc";
  static final String PERSON = "maks-bokayev";
  static final String LAW = "kz-cc-174";
  static final String ORG = "eu-delegation-kz";
  static final String PRACTICE = "arbitrary-detention";
  static final String SCOPED_PRACTICE = "prosecution-under-174";

  private final EntityRegistry registry = new EntityRegistry();
  private final List<Recommendation> recommendations = new ArrayList<>();
  private final List<EvidenceItem> evidence = new ArrayList<>();
  private LocalDate asOf = LocalDate.of(2020, 2, 20);
  private boolean includeUnverified;

  Scenario() {
    registry.add(EntityType.PERSON, new Entity(PERSON, "Maks Bokayev", List.of("Max Bokayev")));
    registry.add(EntityType.PERSON, new Entity("aron-atabek", "Aron Atabek", List.of()));
    registry.add(
        EntityType.LAW, new Entity(LAW, "Criminal Code, Article 174", List.of("Art. 174 CC")));
    registry.add(
        EntityType.ORGANISATION, new Entity(ORG, "EU Delegation to Kazakhstan", List.of()));
    registry.addPractice(
        new Practice(
            PRACTICE,
            "Arbitrary detention",
            List.of(),
            Set.of(EvidenceType.DETENTION, EvidenceType.RELEASE),
            List.of(),
            List.of()));
    registry.addPractice(
        new Practice(
            JOURNALISTS_PRACTICE,
            "Harassment of journalists",
            List.of(),
            Set.of(EvidenceType.HARASSMENT, EvidenceType.DETENTION),
            List.of(),
            List.of(),
            Set.of(Qualifier.JOURNALISTS)));
    registry.addPractice(
        new Practice(ONE_EVENT, "One event", List.of(), Set.of(), List.of(), List.of()));
    registry.addPractice(
        new Practice(
            HARASSMENT_PRACTICE,
            "Harassment of activists",
            List.of(),
            Set.of(EvidenceType.HARASSMENT),
            List.of(),
            List.of()));
    registry.addPractice(
        new Practice(
            SCOPED_PRACTICE,
            "Prosecution under Article 174",
            List.of(),
            Set.of(EvidenceType.CONVICTION, EvidenceType.HARASSMENT),
            List.of(LAW),
            List.of()));
  }

  /**
   * A group ask with no identified members and no evidence types of its own (one event, the people
   * it concerns): only items linked to its recommendation reach it.
   */
  static final String ONE_EVENT = "one-event";

  /** A practice of harassment tied to no law or body, naming no group of victims. */
  static final String HARASSMENT_PRACTICE = "harassment";

  /** A practice against one group of victims: journalists. */
  static final String JOURNALISTS_PRACTICE = "harassment-of-journalists";

  /** The group "all political prisoners" (the catalogue's practice id). */
  static final String POLITICAL_PRISONERS = "political-imprisonment";

  /** Registers the group "political prisoners" (the people listed with {@link #listed}). */
  Scenario politicalPrisonersGroup() {
    registry.addPractice(
        new Practice(
            POLITICAL_PRISONERS,
            "Imprisonment of political prisoners",
            List.of(),
            Set.of(EvidenceType.DETENTION, EvidenceType.RELEASE),
            List.of(),
            List.of()));
    return this;
  }

  /** The group of provisions "Articles 174 and 274" (members {@link #LAW} and Article 274). */
  static final String LAW_GROUP = "kz-cc-174-274";

  static final String PRACTICE_ON_TWO_LAWS = "prosecution-under-174-274";

  /** Registers Article 274, the group of Articles 174 and 274, and a practice resting on both. */
  Scenario lawGroup() {
    registry.add(
        EntityType.LAW, new Entity("kz-cc-274", "Criminal Code, Article 274", List.of("Art. 274")));
    registry.add(
        EntityType.LAW,
        new Entity(
            LAW_GROUP,
            "Criminal Code, Articles 174 and 274",
            List.of(),
            List.of(LAW, "kz-cc-274")));
    registry.addPractice(
        new Practice(
            PRACTICE_ON_TWO_LAWS,
            "Prosecution under Articles 174 and 274",
            List.of(),
            Set.of(EvidenceType.CONVICTION),
            List.of(LAW, "kz-cc-274"),
            List.of()));
    return this;
  }

  /** An organisation that reports, registered with its kind of source. */
  Scenario source(String name, SourceKind kind) {
    registry.add(
        EntityType.ORGANISATION,
        new Entity(name.toLowerCase().replace(' ', '-'), name, List.of(), List.of(), kind));
    return this;
  }

  /** A person named as a political prisoner by a resolution on {@code date}. */
  Scenario listed(String person, String date) {
    registry.addPoliticalPrisoner(
        new PoliticalPrisonerListing(person, PartialDate.parse(date), DOC, "3", null, null));
    return this;
  }

  static Scenario given() {
    return new Scenario();
  }

  /** A recommendation "r" with one requirement "q" of this kind on this target. */
  Scenario requirement(RequirementKind kind, TargetType type, String ref) {
    return recommendation(
        "r",
        Addressee.STATE_AUTHORITIES,
        new Requirement("q", kind, kind + " " + ref, List.of(new Target(type, ref))));
  }

  Scenario recommendation(String id, Addressee addressee, Requirement... requirements) {
    return recommendation(id, addressee, Set.of(Theme.POLITICAL_PRISONERS), 1.0, requirements);
  }

  /** A recommendation on these themes, of this weight (its requirements may name their own). */
  Scenario recommendation(
      String id,
      Addressee addressee,
      Set<Theme> themes,
      double weight,
      Requirement... requirements) {
    List<Requirement> renamed = new ArrayList<>();
    for (Requirement q : requirements) {
      renamed.add(
          q.id().contains("-")
              ? q
              : new Requirement(
                  id.equals("r") ? q.id() : id + "-" + q.id(),
                  q.kind(),
                  q.text(),
                  q.targets(),
                  q.paragraph(),
                  q.subject(),
                  q.recurrence(),
                  q.themes()));
    }
    recommendations.add(
        new Recommendation(id, DOC, "1", "text of " + id, addressee, themes, weight, renamed));
    return this;
  }

  /** The European Union and the EEAS, with the bodies acting for the EU: the EEAS, {@link #ORG}. */
  static final String EU = "eu";

  static final String EEAS = "eeas";

  /** Registers the EU and the EEAS; the EEAS and the EU Delegation act for the EU. */
  Scenario euBodies() {
    registry.add(
        EntityType.ORGANISATION,
        new Entity(EEAS, "European External Action Service", List.of("EEAS")));
    registry.add(
        EntityType.ORGANISATION,
        new Entity(EU, "European Union", List.of("EU"), List.of(EEAS, ORG)));
    return this;
  }

  /** An engagement ask "q" to {@code organisation} about {@code subject}. */
  static Requirement engagement(
      EngagementSubject subject, Recurrence recurrence, String organisation) {
    return new Requirement(
        "q",
        RequirementKind.ENGAGE,
        "engage on " + subject,
        List.of(new Target(TargetType.ORGANISATION, organisation)),
        null,
        subject,
        recurrence);
  }

  static Requirement ask(String id, RequirementKind kind, TargetType type, String ref) {
    return new Requirement(id, kind, kind + " " + ref, List.of(new Target(type, ref)));
  }

  Scenario asOf(String date) {
    this.asOf = LocalDate.parse(date);
    return this;
  }

  Scenario provisional() {
    this.includeUnverified = true;
    return this;
  }

  Item evidence(String id, EvidenceType type, String date) {
    return new Item(id, type, date);
  }

  final class Item {
    private final String id;
    private final EvidenceType type;
    private final String date;
    private String dateTo;
    private final List<String> persons = new ArrayList<>();
    private final List<String> laws = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();
    private final Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    private final List<String> links = new ArrayList<>();
    private ReviewStatus status = ReviewStatus.VERIFIED;
    private String published;
    private String country = "KZ";
    private Integer count;
    private String reporter = "Test NGO";

    Item(String id, EvidenceType type, String date) {
      this.id = id;
      this.type = type;
      this.date = date;
    }

    Item until(String to) {
      this.dateTo = to;
      return this;
    }

    Item person(String... names) {
      persons.addAll(Arrays.asList(names));
      return this;
    }

    Item law(String... names) {
      laws.addAll(Arrays.asList(names));
      return this;
    }

    Item organisation(String... names) {
      organisations.addAll(Arrays.asList(names));
      return this;
    }

    Item qualified(Qualifier... q) {
      qualifiers.addAll(Arrays.asList(q));
      return this;
    }

    Item linkedTo(String recommendation) {
      links.add(recommendation);
      return this;
    }

    Item status(ReviewStatus s) {
      this.status = s;
      return this;
    }

    Item published(String date) {
      this.published = date;
      return this;
    }

    /** How many (unnamed) people the item is about. */
    Item count(int people) {
      this.count = people;
      return this;
    }

    /** The organisation whose report the item comes from. */
    Item from(String organisation) {
      this.reporter = organisation;
      return this;
    }

    Item in(String country) {
      this.country = country;
      return this;
    }

    Scenario add() {
      evidence.add(
          new EvidenceItem(
              id,
              type,
              PartialDate.parse(date),
              dateTo == null ? null : PartialDate.parse(dateTo),
              type + " " + id,
              country,
              persons,
              laws,
              organisations,
              count,
              qualifiers,
              links,
              new Source(reporter, "Test report", null, published),
              status));
      return Scenario.this;
    }
  }

  Scorecard assess() {
    Document doc =
        new Document(
            DOC,
            "Test resolution",
            "European Parliament",
            "2019/0000(RSP)",
            PartialDate.of(ADOPTED),
            "KZ");
    Catalogue catalogue = new Catalogue(List.of(doc), recommendations, registry);
    return RUNNER.assess(
        catalogue, evidence, new AssessmentRequest(asOf, Set.of(), includeUnverified));
  }

  /** The single requirement "q" of recommendation "r". */
  RequirementResult requirement() {
    return requirement("q");
  }

  RequirementResult requirement(String id) {
    return assess().recommendations().stream()
        .flatMap(r -> r.requirements().stream())
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  RecommendationResult recommendation(String id) {
    return assess().recommendation(id).orElseThrow();
  }

  /** Asserts that the rule produced a finding with this effect on this evidence item. */
  static void assertFinding(
      RequirementResult q, String rule, Finding.Effect effect, String evidenceId) {
    assertThat(q.findings())
        .as("findings of %s", q.id())
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo(rule);
              assertThat(f.ruleId()).as("rule id of %s", rule).matches("[a-z-]+\\.[a-z-]+");
              assertThat(f.effect()).isEqualTo(effect);
              assertThat(f.evidenceIds()).contains(evidenceId);
            });
  }
}
