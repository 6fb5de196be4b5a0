package org.compliance.bench.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One country's names (persons, laws, organisations, EU and international bodies, treaties) and how
 * sources refer to them, plus what later steps need to know about it: its practices, its
 * recommendations and its first resolution's adoption.
 */
final class Country {

  static final int EU_BODIES = 16;
  static final int INTERNATIONAL_BODIES = 6;
  static final int TREATIES = 4;

  static final String[] GIVEN = {
    "Maks", "Aigul", "Serik", "Dina", "Yerlan", "Zhanar", "Bolat", "Gulnara", "Timur", "Asel",
    "Nurlan", "Saule", "Ruslan", "Aliya", "Daniyar", "Madina", "Askar", "Kamila", "Erzhan", "Laura"
  };
  private static final String[] SYLLABLES = {
    "bo", "ka", "ye", "rim", "bet", "ash", "tan", "sar", "zhu", "mak", "nur", "dau", "lan", "tok",
    "ser", "ali", "bek", "kul", "mir", "zha"
  };
  static final String[] SHARED_TREATIES = {
    "treaty-opcat", "treaty-iccpr-op2", "treaty-ilo-87", "treaty-rome-statute"
  };
  static final String[] SHARED_BODIES = {
    "un-special-rapporteur", "osce-odihr", "ilo", "venice-commission"
  };

  final String code;
  final String prefix;
  final int index;
  final int persons;
  final int laws;
  final int organisations;
  final List<String> practices = new ArrayList<>();
  final List<String> broadPractices = new ArrayList<>();
  final List<String> recommendationIds = new ArrayList<>();
  LocalDate firstAdoption;
  private final Draws random;

  Country(String code, int index, Shape shape, Draws random) {
    this.code = code;
    this.prefix = code.toLowerCase();
    this.index = index;
    this.persons = Math.max(10, shape.recommendationsPerCountry() / 4);
    this.laws = Math.max(6, shape.recommendationsPerCountry() / 50);
    this.organisations = Math.max(6, shape.recommendationsPerCountry() / 70);
    this.random = random;
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
   * Mostly practices narrowed by a law or organisation; one in twelve a broad one, which every item
   * of its types in the country shows (rules/README.md: keep those for really broad asks).
   */
  String practiceTarget() {
    return random.nextInt(12) == 0
        ? broadPractices.get(random.nextInt(broadPractices.size()))
        : practices.get(random.nextInt(practices.size()));
  }

  /** International bodies' work on the country: missions, visits, reviews. Rarely a shared one. */
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

  /** A person as a source names them: by name, by the other spelling, rarely unknown. */
  String personReference() {
    int i = random.prominent(persons);
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
}
