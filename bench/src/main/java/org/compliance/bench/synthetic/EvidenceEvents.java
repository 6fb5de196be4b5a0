package org.compliance.bench.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * What an evidence item reports: its type, qualifiers and the names it mentions. About 8% is
 * counter-evidence (detentions, convictions, harassment, restrictive laws, findings of
 * non-compliance); the rest are steps: releases on mixed terms, remedies, laws, statements,
 * engagement.
 */
final class EvidenceEvents {

  /** A drawn event; the name lists stay mutable for the item's later draws. */
  record Event(
      EvidenceType type,
      Set<Qualifier> qualifiers,
      List<String> people,
      List<String> laws,
      List<String> organisations) {}

  private final Draws random;
  private final Draws subjects;

  EvidenceEvents(Draws random, Draws subjects) {
    this.random = random;
    this.subjects = subjects;
  }

  Event event(Country c) {
    int roll = random.nextInt(1000);
    EvidenceType type;
    Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    List<String> people = new ArrayList<>();
    List<String> lawNames = new ArrayList<>();
    List<String> orgNames = new ArrayList<>();
    // Counter-evidence: 80 in 1,000 (8%).
    if (roll < 30) {
      type = EvidenceType.DETENTION;
      people.add(c.personReference());
      qualifiers.add(
          random.pickOf(
              Qualifier.ONGOING,
              Qualifier.ADMINISTRATIVE,
              Qualifier.PRE_TRIAL,
              Qualifier.HOUSE_ARREST,
              Qualifier.ONGOING));
      if (random.nextInt(4) == 0) {
        lawNames.add(c.lawReference());
      }
    } else if (roll < 40) {
      type = EvidenceType.CONVICTION;
      people.add(c.personReference());
      lawNames.add(c.lawReference());
    } else if (roll < 55) {
      type = EvidenceType.HARASSMENT;
      if (random.nextBoolean()) {
        orgNames.add(c.organisationReference());
      } else {
        people.add(c.personReference());
      }
      if (random.nextInt(3) == 0) {
        lawNames.add(c.lawReference());
      }
      if (random.nextInt(4) == 0) {
        qualifiers.add(random.nextBoolean() ? Qualifier.ONGOING : Qualifier.IMPUNITY);
      }
    } else if (roll < 60) {
      type = EvidenceType.TORTURE_REPORT;
      people.add(c.personReference());
      if (random.nextBoolean()) {
        qualifiers.add(Qualifier.IMPUNITY);
      }
    } else if (roll < 63) {
      type = EvidenceType.INTERNET_RESTRICTION;
    } else if (roll < 70) {
      type = random.nextBoolean() ? EvidenceType.LAW_ADOPTED : EvidenceType.LAW_AMENDED;
      lawNames.add(c.lawReference());
      qualifiers.add(Qualifier.RESTRICTIVE);
    } else if (roll < 80) {
      type = EvidenceType.NON_COMPLIANCE_FINDING;
      if (random.nextBoolean()) {
        lawNames.add(c.lawReference());
      } else {
        orgNames.add(c.internationalBody());
      }
      // Steps: the other 920 in 1,000.
    } else if (roll < 240) {
      type = EvidenceType.RELEASE;
      people.add(c.personReference());
      releaseTerms(qualifiers);
    } else if (roll < 270) {
      type = EvidenceType.CHARGES_DROPPED;
      people.add(c.personReference());
    } else if (roll < 300) {
      type = EvidenceType.CONVICTION_QUASHED;
      people.add(c.personReference());
    } else if (roll < 340) {
      type = EvidenceType.REHABILITATION;
      people.add(c.personReference());
      if (random.nextBoolean()) {
        qualifiers.add(Qualifier.COMPENSATION);
      }
    } else if (roll < 390) {
      type = EvidenceType.INVESTIGATION_OPENED;
      people.add(c.personReference());
    } else if (roll < 420) {
      type = EvidenceType.INVESTIGATION_CONCLUDED;
      people.add(c.personReference());
    } else if (roll < 550) {
      type =
          random.pickOf(
              EvidenceType.LAW_ADOPTED, EvidenceType.LAW_AMENDED, EvidenceType.LAW_AMENDED);
      lawNames.add(c.lawReference());
      int q = random.nextInt(3);
      if (q == 0) {
        qualifiers.add(Qualifier.IN_LINE_WITH_STANDARDS);
      } else if (q == 1) {
        qualifiers.add(Qualifier.FALLS_SHORT);
      }
    } else if (roll < 580) {
      type = EvidenceType.LAW_REPEALED;
      lawNames.add(c.lawReference());
    } else if (roll < 630) {
      type = EvidenceType.DRAFT_LAW;
      lawNames.add(c.lawReference());
      if (random.nextInt(3) == 0) {
        qualifiers.add(random.nextBoolean() ? Qualifier.RESTRICTIVE : Qualifier.FALLS_SHORT);
      }
    } else if (roll < 790) {
      type = EvidenceType.OFFICIAL_STATEMENT;
      switch (random.nextInt(3)) {
        case 0 -> people.add(c.personReference());
        case 1 -> lawNames.add(c.lawReference());
        default -> orgNames.add(c.organisationReference());
      }
    } else if (roll < 795) {
      type = EvidenceType.TREATY_RATIFIED;
      lawNames.add(c.treaty());
    } else if (roll < 880) {
      type = EvidenceType.MEASURE_REVOKED;
      if (random.nextBoolean()) {
        orgNames.add(c.organisationReference());
      } else {
        people.add(c.personReference());
      }
      if (random.nextInt(4) == 0) {
        lawNames.add(c.law(c.laws - 1));
      }
    } else {
      type = EvidenceType.ENGAGEMENT;
      orgNames.add(
          random.nextInt(10) == 0
              ? c.internationalBody()
              : c.euBody(random.nextInt(Country.EU_BODIES)));
      engagement(qualifiers);
    }
    return new Event(type, qualifiers, people, lawNames, orgNames);
  }

  /**
   * Mixed release terms: unconditional, conditional (sometimes restricted too), served, unstated.
   */
  private void releaseTerms(Set<Qualifier> qualifiers) {
    int terms = random.nextInt(10);
    if (terms < 2) {
      qualifiers.add(Qualifier.UNCONDITIONAL);
    } else if (terms < 7) {
      qualifiers.add(
          random.pickOf(
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
  }

  /** Whether concerns were raised, then (from the subjects' own stream) what it was about. */
  private void engagement(Set<Qualifier> qualifiers) {
    int q = random.nextInt(10);
    if (q < 5) {
      qualifiers.add(Qualifier.CONCERNS_RAISED);
    } else if (q < 7) {
      qualifiers.add(Qualifier.CONCERNS_NOT_RAISED);
    }
    if (subjects.nextInt(5) > 0) {
      qualifiers.add(
          SyntheticData.SUBJECTS[subjects.nextInt(SyntheticData.SUBJECTS.length)].qualifier());
    }
  }
}
