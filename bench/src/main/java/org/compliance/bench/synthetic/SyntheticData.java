package org.compliance.bench.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.compliance.registry.Practice;

/**
 * A deterministic synthetic portfolio shaped like the seed data: per country, several resolutions
 * and many named persons, laws and organisations; every requirement kind on person, law,
 * organisation and practice targets; evidence with mixed release terms, about 8% counter-evidence
 * (re-detentions, restrictive laws, detentions and harassment showing practices), unverified and
 * rejected items, explicit links, month- or year-only dates, events before adoption, and a few
 * items that cross borders (an activist detained abroad, a treaty or monitor shared by all).
 */
public final class SyntheticData {

  /** A generated data set. */
  public record Generated(
      Catalogue catalogue, List<EvidenceItem> evidence, List<String> countries) {
    public Generated {
      evidence = List.copyOf(evidence);
      countries = List.copyOf(countries);
    }
  }

  static final LocalDate LAST_EVENT = LocalDate.of(2026, 6, 30);

  private static final int EU_BODIES = 16;
  private static final int INTERNATIONAL_BODIES = 6;
  private static final int TREATIES = 4;

  private static final String[] GIVEN = {
    "Maks", "Aigul", "Serik", "Dina", "Yerlan", "Zhanar", "Bolat", "Gulnara", "Timur", "Asel",
    "Nurlan", "Saule", "Ruslan", "Aliya", "Daniyar", "Madina", "Askar", "Kamila", "Erzhan", "Laura"
  };
  private static final String[] SYLLABLES = {
    "bo", "ka", "ye", "rim", "bet", "ash", "tan", "sar", "zhu", "mak", "nur", "dau", "lan", "tok",
    "ser", "ali", "bek", "kul", "mir", "zha"
  };
  private static final String[] SHARED_TREATIES = {
    "treaty-opcat", "treaty-iccpr-op2", "treaty-ilo-87", "treaty-rome-statute"
  };
  private static final String[] SHARED_BODIES = {
    "un-special-rapporteur", "osce-odihr", "ilo", "venice-commission"
  };

  /** Shared practices with no law or organisation: any item of their types in the country. */
  private static final List<Practice> SHARED_PRACTICES =
      List.of(
          practice("arbitrary-detention", Set.of(EvidenceType.DETENTION), List.of(), List.of()),
          practice(
              "harassment-of-activists", Set.of(EvidenceType.HARASSMENT), List.of(), List.of()),
          practice("torture", Set.of(EvidenceType.TORTURE_REPORT), List.of(), List.of()),
          practice(
              "internet-blocking", Set.of(EvidenceType.INTERNET_RESTRICTION), List.of(), List.of()),
          practice(
              "political-imprisonment",
              Set.of(EvidenceType.DETENTION, EvidenceType.RELEASE),
              List.of(),
              List.of()),
          // Shown only by linked evidence: no types.
          practice("harassment-of-journalists", Set.of(), List.of(), List.of()));

  private final Shape shape;
  private final SplittableRandom random;
  private final EntityRegistry registry = new EntityRegistry();
  private final List<Document> documents = new ArrayList<>();
  private final List<Recommendation> recommendations = new ArrayList<>();
  private final List<EvidenceItem> evidence = new ArrayList<>();
  private final List<String> countries = new ArrayList<>();

  private SyntheticData(Shape shape) {
    this.shape = shape;
    this.random = new SplittableRandom(shape.seed());
    // Its own generator, so adding subjects left every other draw (and the benchmarks' data) as is.
    this.subjects = new SplittableRandom(shape.seed() ^ 0x5AB1EC75L);
  }

  /**
   * What synthetic engagement asks and items are about: two where concerns are the ask, one act.
   */
  private static final EngagementSubject[] SUBJECTS = {
    EngagementSubject.MONITORING,
    EngagementSubject.HIGH_LEVEL_DIALOGUE,
    EngagementSubject.TRIAL_MONITORING
  };

  private final SplittableRandom subjects;

  public static Generated generate(Shape shape) {
    SyntheticData data = new SyntheticData(shape);
    data.build();
    return new Generated(
        new Catalogue(data.documents, data.recommendations, data.registry),
        data.evidence,
        data.countries);
  }

  /** Two-letter codes, deterministic: AA, AB, ... (skipping none; they only need to differ). */
  static String countryCode(int index) {
    return "" + (char) ('A' + (index / 26) % 26) + (char) ('A' + index % 26);
  }

  private void build() {
    for (String t : SHARED_TREATIES) {
      registry.add(EntityType.LAW, new Entity(t, "Treaty " + t.substring(7), List.of()));
    }
    for (String b : SHARED_BODIES) {
      registry.add(EntityType.ORGANISATION, new Entity(b, b.replace('-', ' '), List.of()));
    }
    SHARED_PRACTICES.forEach(registry::addPractice);
    List<Country> all = new ArrayList<>();
    for (int i = 0; i < shape.countries(); i++) {
      Country c = new Country(countryCode(i), i);
      countries.add(c.code);
      c.registerEntities();
      c.createDocumentsAndRecommendations();
      all.add(c);
    }
    for (Country c : all) {
      for (int i = 0; i < shape.evidencePerCountry(); i++) {
        evidence.add(c.evidenceItem(i, all));
      }
    }
  }

  /** One country's entities, documents and recommendations. */
  private final class Country {
    final String code;
    final String prefix;
    final int index;
    final int persons;
    final int laws;
    final int organisations;
    final List<String> practices = new ArrayList<>();
    final List<String> broadPractices = new ArrayList<>();
    final List<Document> docs = new ArrayList<>();
    final List<String> recommendationIds = new ArrayList<>();
    LocalDate firstAdoption;

    Country(String code, int index) {
      this.code = code;
      this.prefix = code.toLowerCase();
      this.index = index;
      this.persons = Math.max(10, shape.recommendationsPerCountry() / 4);
      this.laws = Math.max(6, shape.recommendationsPerCountry() / 50);
      this.organisations = Math.max(6, shape.recommendationsPerCountry() / 70);
    }

    String person(int i) {
      return prefix + "-p" + i;
    }

    String personName(int i) {
      return GIVEN[i % GIVEN.length] + " " + family(i);
    }

    String family(int i) {
      // Unique per person and country: the index in base 20, as syllables.
      StringBuilder b = new StringBuilder();
      int n = i * 131 + index;
      do {
        b.append(SYLLABLES[n % SYLLABLES.length]);
        n /= SYLLABLES.length;
      } while (n > 0);
      b.append("ov");
      b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
      return b.toString();
    }

    /**
     * Mostly practices narrowed by a law or organisation; one in twelve a broad one, which every
     * item of its types in the country shows (rules/README.md: keep those for really broad asks).
     */
    String practiceTarget() {
      return random.nextInt(12) == 0
          ? broadPractices.get(random.nextInt(broadPractices.size()))
          : practices.get(random.nextInt(practices.size()));
    }

    String law(int i) {
      return prefix + "-law-" + i;
    }

    String organisation(int i) {
      return prefix + "-org-" + i;
    }

    String delegation() {
      return "eu-delegation-" + prefix;
    }

    /** EU bodies active in the country: the delegation, dialogues, trial monitoring, programmes. */
    String euBody(int i) {
      return i == 0 ? delegation() : "eu-" + prefix + "-" + i;
    }

    /**
     * International bodies' work on the country: missions, visits, reviews. Rarely a shared one.
     */
    String internationalBody() {
      return random.nextInt(10) == 0
          ? SHARED_BODIES[random.nextInt(SHARED_BODIES.length)]
          : prefix + "-mission-" + random.nextInt(INTERNATIONAL_BODIES);
    }

    /** A treaty the country is asked to ratify: mostly its own accession, rarely a shared one. */
    String treaty() {
      return random.nextInt(8) == 0
          ? SHARED_TREATIES[random.nextInt(SHARED_TREATIES.length)]
          : prefix + "-treaty-" + random.nextInt(TREATIES);
    }

    void registerEntities() {
      for (int i = 0; i < persons; i++) {
        String name = personName(i);
        // Sources transliterate differently and reorder names: both spellings resolve.
        String alias = family(i) + ", " + GIVEN[i % GIVEN.length];
        registry.add(EntityType.PERSON, new Entity(person(i), name, List.of(alias)));
      }
      for (int i = 0; i < laws; i++) {
        registry.add(
            EntityType.LAW,
            new Entity(
                law(i),
                code + " Criminal Code, Article " + (100 + i),
                List.of("Art. " + (100 + i) + " CC " + code)));
      }
      for (int i = 0; i < organisations; i++) {
        registry.add(
            EntityType.ORGANISATION,
            new Entity(organisation(i), code + " organisation " + i, List.of(code + "-ORG" + i)));
      }
      registry.add(
          EntityType.ORGANISATION,
          new Entity(delegation(), "EU Delegation to " + code, List.of("EUD " + code)));
      // The hierarchy of EU bodies: the delegation and two programmes act for body 1.
      registry.add(
          EntityType.ORGANISATION,
          new Entity(euBody(1), "EU", List.of(), List.of(delegation(), euBody(2), euBody(3))));
      for (int i = 1; i < EU_BODIES; i++) {
        registry.add(
            EntityType.ORGANISATION,
            new Entity(euBody(i), "EU human rights programme " + i + " in " + code, List.of()));
      }
      for (int i = 0; i < INTERNATIONAL_BODIES; i++) {
        registry.add(
            EntityType.ORGANISATION,
            new Entity(
                prefix + "-mission-" + i, "International mission " + i + " to " + code, List.of()));
      }
      for (int i = 0; i < TREATIES; i++) {
        registry.add(
            EntityType.LAW,
            new Entity(
                prefix + "-treaty-" + i,
                "Treaty " + i + " (accession of " + code + ")",
                List.of()));
      }
      for (int k = 0; k < laws / 4; k++) {
        Practice p =
            practice(
                prefix + "-prosecution-" + k,
                Set.of(EvidenceType.CONVICTION, EvidenceType.HARASSMENT, EvidenceType.DETENTION),
                List.of(law(2 * k), law(2 * k + 1)),
                List.of());
        registry.addPractice(p);
        practices.add(p.id());
      }
      Practice detained =
          practice(
              prefix + "-detained-under-law",
              Set.of(EvidenceType.DETENTION, EvidenceType.RELEASE),
              List.of(law(0), law(1)),
              List.of());
      Practice crackdown =
          practice(
              prefix + "-crackdown",
              Set.of(EvidenceType.HARASSMENT, EvidenceType.DETENTION, EvidenceType.CONVICTION),
              List.of(),
              List.of(organisation(0), organisation(1), organisation(2)));
      Practice pressure =
          practice(
              prefix + "-financial-pressure",
              Set.of(EvidenceType.HARASSMENT, EvidenceType.MEASURE_REVOKED),
              List.of(law(laws - 1)),
              List.of(organisation(3), organisation(4)));
      for (Practice p : List.of(detained, crackdown, pressure)) {
        registry.addPractice(p);
        practices.add(p.id());
      }
      SHARED_PRACTICES.forEach(p -> broadPractices.add(p.id()));
    }

    void createDocumentsAndRecommendations() {
      int docCount = shape.documentsPerCountry();
      int perDoc = shape.recommendationsPerCountry() / docCount;
      for (int d = 0; d < docCount; d++) {
        int year = 2012 + (12 * d) / Math.max(1, docCount - 1 == 0 ? 1 : docCount - 1);
        if (docCount == 1) {
          year = 2018;
        }
        LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        PartialDate adopted =
            random.nextInt(5) == 0
                ? new PartialDate(day.getYear(), day.getMonthValue(), null)
                : PartialDate.of(day);
        Document doc =
            new Document(
                prefix + "-doc-" + year + "-" + d,
                "Resolution on the human rights situation in " + code + " (" + year + ")",
                "European Parliament",
                year + "/" + (2500 + d) + "(RSP)",
                adopted,
                code);
        docs.add(doc);
        documents.add(doc);
        if (firstAdoption == null || adopted.first().isBefore(firstAdoption)) {
          firstAdoption = adopted.first();
        }
        int count =
            d == docCount - 1
                ? shape.recommendationsPerCountry() - perDoc * (docCount - 1)
                : perDoc;
        for (int r = 0; r < count; r++) {
          recommendations.add(recommendation(doc, r));
        }
      }
    }

    Recommendation recommendation(Document doc, int n) {
      String id = doc.id() + "-" + String.format("%04d", n);
      recommendationIds.add(id);
      List<Requirement> asks = new ArrayList<>();
      Addressee addressee = Addressee.STATE_AUTHORITIES;
      Set<Theme> themes = EnumSet.noneOf(Theme.class);
      int pick = random.nextInt(100);
      if (pick < 30) {
        // A named person's case: release, and often the remedies that go with it.
        int people = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(3);
        for (int k = 0; k < people; k++) {
          String p = person(prominent(persons));
          asks.add(ask(id, asks, RequirementKind.RELEASE, TargetType.PERSON, p));
          if (random.nextInt(3) == 0) {
            RequirementKind remedy =
                pickOf(
                    RequirementKind.QUASH_CONVICTION,
                    RequirementKind.REVIEW_CASE,
                    RequirementKind.REHABILITATE);
            asks.add(ask(id, asks, remedy, TargetType.PERSON, p));
          }
          if (random.nextInt(5) == 0) {
            asks.add(
                ask(id, asks, RequirementKind.INVESTIGATE, TargetType.PERSON, p)
                    .withThemes(Set.of(Theme.TORTURE)));
            themes.add(Theme.TORTURE);
          }
        }
        themes.add(Theme.POLITICAL_PRISONERS);
      } else if (pick < 48) {
        RequirementKind kind =
            pickOf(
                RequirementKind.AMEND_LAW, RequirementKind.REPEAL_LAW, RequirementKind.ADOPT_LAW);
        asks.add(ask(id, asks, kind, TargetType.LAW, law(random.nextInt(laws))));
        if (random.nextInt(4) == 0) {
          asks.add(
              ask(
                  id,
                  asks,
                  RequirementKind.IMPLEMENT_RECOMMENDATIONS,
                  TargetType.ORGANISATION,
                  internationalBody()));
        }
        themes.add(random.nextBoolean() ? Theme.CRIMINAL_LAW : Theme.RULE_OF_LAW);
      } else if (pick < 50) {
        asks.add(ask(id, asks, RequirementKind.RATIFY_TREATY, TargetType.LAW, treaty()));
        themes.add(Theme.DEATH_PENALTY);
      } else if (pick < 74) {
        // A practice or a group: end it, protect against it, investigate it, free its victims.
        String p = practiceTarget();
        RequirementKind kind =
            pickOf(
                RequirementKind.CEASE_PRACTICE,
                RequirementKind.CEASE_PRACTICE,
                RequirementKind.PROTECT,
                RequirementKind.INVESTIGATE,
                RequirementKind.RELEASE,
                RequirementKind.LIFT_RESTRICTION);
        asks.add(ask(id, asks, kind, TargetType.PRACTICE, p));
        if (random.nextInt(3) == 0) {
          asks.add(
              ask(
                  id,
                  asks,
                  RequirementKind.AMEND_LAW,
                  TargetType.LAW,
                  law(random.nextInt(Math.min(laws, 8)))));
        }
        themes.add(pickOf(Theme.ASSEMBLY, Theme.EXPRESSION_AND_MEDIA, Theme.CIVIL_SOCIETY));
      } else if (pick < 84) {
        if (random.nextBoolean()) {
          asks.add(
              ask(
                  id,
                  asks,
                  RequirementKind.LIFT_RESTRICTION,
                  TargetType.PERSON,
                  person(prominent(persons))));
        } else {
          asks.add(
              ask(
                  id,
                  asks,
                  RequirementKind.LIFT_RESTRICTION,
                  TargetType.ORGANISATION,
                  organisation(random.nextInt(organisations))));
        }
        themes.add(Theme.ASSOCIATION_AND_TRADE_UNIONS);
      } else if (pick < 90) {
        String body = internationalBody();
        asks.add(ask(id, asks, RequirementKind.COOPERATE, TargetType.ORGANISATION, body));
        if (random.nextBoolean()) {
          asks.add(
              ask(
                  id,
                  asks,
                  RequirementKind.IMPLEMENT_RECOMMENDATIONS,
                  TargetType.ORGANISATION,
                  body));
        }
        themes.add(Theme.JUDICIAL_COOPERATION);
      } else {
        addressee =
            pickOf(
                Addressee.EU_INSTITUTIONS,
                Addressee.EEAS,
                Addressee.EU_DELEGATION,
                Addressee.EU_MEMBER_STATES);
        asks.add(
            ask(
                id,
                asks,
                RequirementKind.ENGAGE,
                TargetType.ORGANISATION,
                euBody(random.nextInt(EU_BODIES))));
        if (random.nextInt(3) == 0) {
          asks.add(ask(id, asks, RequirementKind.ENGAGE, TargetType.PRACTICE, practiceTarget()));
        }
        themes.add(Theme.EU_RELATIONS);
      }
      int w = random.nextInt(20);
      Double weight = w == 0 ? Double.valueOf(0.5) : w < 3 ? Double.valueOf(2.0) : null;
      return new Recommendation(
          id,
          doc.id(),
          String.valueOf(n + 1),
          "recommendation " + n + " of " + doc.title(),
          addressee,
          themes,
          weight,
          asks);
    }

    EvidenceItem evidenceItem(int n, List<Country> all) {
      String id = prefix + "-ev-" + n;
      int roll = random.nextInt(1000);
      EvidenceType type;
      Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
      List<String> people = new ArrayList<>();
      List<String> lawNames = new ArrayList<>();
      List<String> orgNames = new ArrayList<>();
      // Counter-evidence: 80 in 1,000 (8%).
      if (roll < 30) {
        type = EvidenceType.DETENTION;
        people.add(personReference());
        qualifiers.add(
            pickOf(
                Qualifier.ONGOING,
                Qualifier.ADMINISTRATIVE,
                Qualifier.PRE_TRIAL,
                Qualifier.HOUSE_ARREST,
                Qualifier.ONGOING));
        if (random.nextInt(4) == 0) {
          lawNames.add(lawReference());
        }
      } else if (roll < 40) {
        type = EvidenceType.CONVICTION;
        people.add(personReference());
        lawNames.add(lawReference());
      } else if (roll < 55) {
        type = EvidenceType.HARASSMENT;
        if (random.nextBoolean()) {
          orgNames.add(organisationReference());
        } else {
          people.add(personReference());
        }
        if (random.nextInt(3) == 0) {
          lawNames.add(lawReference());
        }
        if (random.nextInt(4) == 0) {
          qualifiers.add(random.nextBoolean() ? Qualifier.ONGOING : Qualifier.IMPUNITY);
        }
      } else if (roll < 60) {
        type = EvidenceType.TORTURE_REPORT;
        people.add(personReference());
        if (random.nextBoolean()) {
          qualifiers.add(Qualifier.IMPUNITY);
        }
      } else if (roll < 63) {
        type = EvidenceType.INTERNET_RESTRICTION;
      } else if (roll < 70) {
        type = random.nextBoolean() ? EvidenceType.LAW_ADOPTED : EvidenceType.LAW_AMENDED;
        lawNames.add(lawReference());
        qualifiers.add(Qualifier.RESTRICTIVE);
      } else if (roll < 80) {
        type = EvidenceType.NON_COMPLIANCE_FINDING;
        if (random.nextBoolean()) {
          lawNames.add(lawReference());
        } else {
          orgNames.add(internationalBody());
        }
        // Steps: the other 920 in 1,000.
      } else if (roll < 240) {
        type = EvidenceType.RELEASE;
        people.add(personReference());
        int terms = random.nextInt(10);
        if (terms < 2) {
          qualifiers.add(Qualifier.UNCONDITIONAL);
        } else if (terms < 7) {
          qualifiers.add(
              pickOf(
                  Qualifier.PAROLE,
                  Qualifier.HEALTH_GROUNDS,
                  Qualifier.RESTRICTION_OF_LIBERTY,
                  Qualifier.PARDON));
          if (random.nextInt(5) == 0) {
            qualifiers.add(Qualifier.RESTRICTION_OF_LIBERTY);
          }
        } else if (terms < 9) {
          qualifiers.add(Qualifier.SENTENCE_SERVED);
        } // else: terms not stated
      } else if (roll < 270) {
        type = EvidenceType.CHARGES_DROPPED;
        people.add(personReference());
      } else if (roll < 300) {
        type = EvidenceType.CONVICTION_QUASHED;
        people.add(personReference());
      } else if (roll < 340) {
        type = EvidenceType.REHABILITATION;
        people.add(personReference());
        if (random.nextBoolean()) {
          qualifiers.add(Qualifier.COMPENSATION);
        }
      } else if (roll < 390) {
        type = EvidenceType.INVESTIGATION_OPENED;
        people.add(personReference());
      } else if (roll < 420) {
        type = EvidenceType.INVESTIGATION_CONCLUDED;
        people.add(personReference());
      } else if (roll < 550) {
        type = pickOf(EvidenceType.LAW_ADOPTED, EvidenceType.LAW_AMENDED, EvidenceType.LAW_AMENDED);
        lawNames.add(lawReference());
        int q = random.nextInt(3);
        if (q == 0) {
          qualifiers.add(Qualifier.IN_LINE_WITH_STANDARDS);
        } else if (q == 1) {
          qualifiers.add(Qualifier.FALLS_SHORT);
        }
      } else if (roll < 580) {
        type = EvidenceType.LAW_REPEALED;
        lawNames.add(lawReference());
      } else if (roll < 630) {
        type = EvidenceType.DRAFT_LAW;
        lawNames.add(lawReference());
        if (random.nextInt(3) == 0) {
          qualifiers.add(random.nextBoolean() ? Qualifier.RESTRICTIVE : Qualifier.FALLS_SHORT);
        }
      } else if (roll < 790) {
        type = EvidenceType.OFFICIAL_STATEMENT;
        switch (random.nextInt(3)) {
          case 0 -> people.add(personReference());
          case 1 -> lawNames.add(lawReference());
          default -> orgNames.add(organisationReference());
        }
      } else if (roll < 795) {
        type = EvidenceType.TREATY_RATIFIED;
        lawNames.add(treaty());
      } else if (roll < 880) {
        type = EvidenceType.MEASURE_REVOKED;
        if (random.nextBoolean()) {
          orgNames.add(organisationReference());
        } else {
          people.add(personReference());
        }
        if (random.nextInt(4) == 0) {
          lawNames.add(law(laws - 1));
        }
      } else {
        type = EvidenceType.ENGAGEMENT;
        orgNames.add(
            random.nextInt(10) == 0 ? internationalBody() : euBody(random.nextInt(EU_BODIES)));
        int q = random.nextInt(10);
        if (q < 5) {
          qualifiers.add(Qualifier.CONCERNS_RAISED);
        } else if (q < 7) {
          qualifiers.add(Qualifier.CONCERNS_NOT_RAISED);
        }
        if (subjects.nextInt(5) > 0) {
          qualifiers.add(SUBJECTS[subjects.nextInt(SUBJECTS.length)].qualifier());
        }
      }
      // An activist detained or released abroad: named by another country's source.
      if (all.size() > 1 && !people.isEmpty() && random.nextInt(200) == 0) {
        Country other = all.get(random.nextInt(all.size()));
        people.set(0, other.personName(prominent(other.persons)));
      }
      if (random.nextInt(15) == 0 && !people.isEmpty()) {
        people.add(personReference());
      }
      // Explicitly linked items (4%) name nothing a requirement targets.
      List<String> links = new ArrayList<>();
      if (random.nextInt(25) == 0) {
        links.add(recommendationIds.get(random.nextInt(recommendationIds.size())));
        people.clear();
        lawNames.clear();
        orgNames.clear();
      }
      LocalDate day = eventDay();
      PartialDate date = imprecise(day);
      PartialDate dateTo = null;
      if (random.nextInt(20) == 0) {
        LocalDate to = day.plusDays(30 + random.nextInt(330));
        if (!to.isAfter(LAST_EVENT)) {
          dateTo = new PartialDate(to.getYear(), to.getMonthValue(), null);
        }
      }
      String published = null;
      if (random.nextInt(5) != 0) {
        LocalDate p = date.last().plusDays(random.nextInt(120));
        published = random.nextBoolean() ? p.toString() : p.toString().substring(0, 7);
      }
      int s = random.nextInt(100);
      ReviewStatus status =
          s < 86 ? ReviewStatus.VERIFIED : s < 95 ? ReviewStatus.SUBMITTED : ReviewStatus.REJECTED;
      String summary =
          type.name().toLowerCase().replace('_', ' ')
              + (people.isEmpty() ? "" : " of " + String.join(", ", people))
              + (lawNames.isEmpty() ? "" : " under " + String.join(", ", lawNames))
              + (orgNames.isEmpty() ? "" : " concerning " + String.join(", ", orgNames));
      return new EvidenceItem(
          id,
          type,
          date,
          dateTo,
          summary,
          code,
          people,
          lawNames,
          orgNames,
          null,
          qualifiers,
          links,
          new Source(
              pickOf("NGO report", "UN body", "Press"), "Report on " + code, null, published),
          status);
    }

    /** A person as a source names them: by name, by the other spelling, rarely unknown. */
    String personReference() {
      int i = prominent(persons);
      int how = random.nextInt(100);
      if (how < 1) {
        return "Unknown person " + code + " " + random.nextInt(1000);
      }
      return how < 70
          ? personName(i)
          : how < 90 ? family(i) + ", " + GIVEN[i % GIVEN.length] : person(i);
    }

    String lawReference() {
      int i = random.nextInt(laws);
      return random.nextBoolean() ? "Art. " + (100 + i) + " CC " + code : law(i);
    }

    String organisationReference() {
      int i = random.nextInt(organisations);
      return random.nextBoolean() ? code + "-ORG" + i : organisation(i);
    }

    /** Events from two years before the first resolution to mid-2026: some precede adoption. */
    LocalDate eventDay() {
      LocalDate from = firstAdoption.minusYears(2);
      long span = LAST_EVENT.toEpochDay() - from.toEpochDay();
      return from.plusDays(random.nextLong(span + 1));
    }

    /** Two in three dates are exact; the rest give only the month or the year. */
    PartialDate imprecise(LocalDate day) {
      int p = random.nextInt(20);
      if (p < 13) {
        return PartialDate.of(day);
      }
      return p < 18
          ? new PartialDate(day.getYear(), day.getMonthValue(), null)
          : new PartialDate(day.getYear(), null, null);
    }
  }

  /** Skewed towards low indexes: a few prominent persons appear in many items. */
  private int prominent(int n) {
    return (int) (n * Math.pow(random.nextDouble(), 1.5));
  }

  private Requirement ask(
      String recommendation,
      List<Requirement> before,
      RequirementKind kind,
      TargetType type,
      String ref) {
    String id = recommendation + "-" + (char) ('a' + before.size());
    EngagementSubject subject = null;
    Recurrence recurrence = null;
    if (kind == RequirementKind.ENGAGE) {
      subject = SUBJECTS[subjects.nextInt(SUBJECTS.length)];
      recurrence = subjects.nextInt(3) == 0 ? Recurrence.ONCE : Recurrence.CONTINUOUS;
    }
    return new Requirement(
        id,
        kind,
        kind.name().toLowerCase() + " " + ref,
        List.of(new Target(type, ref)),
        null,
        subject,
        recurrence);
  }

  @SafeVarargs
  private <T> T pickOf(T... options) {
    return options[random.nextInt(options.length)];
  }

  private static Practice practice(
      String id, Set<EvidenceType> types, List<String> laws, List<String> organisations) {
    return new Practice(
        id, id.replace('-', ' '), List.of(), new LinkedHashSet<>(types), laws, organisations);
  }
}
