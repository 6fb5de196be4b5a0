package org.compliance.bench.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Recurrence;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.catalogue.Theme;

/**
 * One recommendation and its requirements: a person's case, a law, a treaty, a practice, a
 * restriction, cooperation with an international body, or engagement by the EU; its addressee,
 * themes and weight.
 */
final class Recommendations {

  private final Draws random;
  private final Draws subjects;

  Recommendations(Draws random, Draws subjects) {
    this.random = random;
    this.subjects = subjects;
  }

  Recommendation recommendation(Country c, Document doc, int n) {
    String id = doc.id() + "-" + String.format("%04d", n);
    c.recommendationIds.add(id);
    List<Requirement> asks = new ArrayList<>();
    Addressee addressee = Addressee.STATE_AUTHORITIES;
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    int pick = random.nextInt(100);
    if (pick < 30) {
      // A named person's case: release, and often the remedies that go with it.
      int people = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(3);
      for (int k = 0; k < people; k++) {
        String p = c.person(random.prominent(c.persons));
        asks.add(ask(id, asks, RequirementKind.RELEASE, TargetType.PERSON, p));
        if (random.nextInt(3) == 0) {
          RequirementKind remedy =
              random.pickOf(
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
          random.pickOf(
              RequirementKind.AMEND_LAW, RequirementKind.REPEAL_LAW, RequirementKind.ADOPT_LAW);
      asks.add(ask(id, asks, kind, TargetType.LAW, c.law(random.nextInt(c.laws))));
      if (random.nextInt(4) == 0) {
        asks.add(
            ask(
                id,
                asks,
                RequirementKind.IMPLEMENT_RECOMMENDATIONS,
                TargetType.ORGANISATION,
                c.internationalBody()));
      }
      themes.add(random.nextBoolean() ? Theme.CRIMINAL_LAW : Theme.RULE_OF_LAW);
    } else if (pick < 50) {
      asks.add(ask(id, asks, RequirementKind.RATIFY_TREATY, TargetType.LAW, c.treaty()));
      themes.add(Theme.DEATH_PENALTY);
    } else if (pick < 74) {
      // A practice or a group: end it, protect against it, investigate it, free its victims.
      String p = c.practiceTarget();
      RequirementKind kind =
          random.pickOf(
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
                c.law(random.nextInt(Math.min(c.laws, 8)))));
      }
      themes.add(random.pickOf(Theme.ASSEMBLY, Theme.EXPRESSION_AND_MEDIA, Theme.CIVIL_SOCIETY));
    } else if (pick < 84) {
      if (random.nextBoolean()) {
        asks.add(
            ask(
                id,
                asks,
                RequirementKind.LIFT_RESTRICTION,
                TargetType.PERSON,
                c.person(random.prominent(c.persons))));
      } else {
        asks.add(
            ask(
                id,
                asks,
                RequirementKind.LIFT_RESTRICTION,
                TargetType.ORGANISATION,
                c.organisation(random.nextInt(c.organisations))));
      }
      themes.add(Theme.ASSOCIATION_AND_TRADE_UNIONS);
    } else if (pick < 90) {
      String body = c.internationalBody();
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
          random.pickOf(
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
              c.euBody(random.nextInt(Country.EU_BODIES))));
      if (random.nextInt(3) == 0) {
        asks.add(ask(id, asks, RequirementKind.ENGAGE, TargetType.PRACTICE, c.practiceTarget()));
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

  /** An engagement ask draws its subject and recurrence from the subjects' own stream. */
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
      subject = SyntheticData.SUBJECTS[subjects.nextInt(SyntheticData.SUBJECTS.length)];
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
}
