package org.compliance.bench.synthetic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compliance.evidence.EvidenceType;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.Practice;

/**
 * The registry: shared treaties, bodies and practices, then each country's persons (with a second
 * spelling), laws, organisations, EU and international bodies, treaties and practices. Draws
 * nothing: the registry depends on the shape only.
 */
final class Registrations {

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

  private Registrations() {}

  /** What every country shares: treaties, international bodies, broad practices. */
  static void registerShared(EntityRegistry registry) {
    for (String t : Country.SHARED_TREATIES) {
      registry.add(EntityType.LAW, new Entity(t, "Treaty " + t.substring(7), List.of()));
    }
    for (String b : Country.SHARED_BODIES) {
      registry.add(EntityType.ORGANISATION, new Entity(b, b.replace('-', ' '), List.of()));
    }
    SHARED_PRACTICES.forEach(registry::addPractice);
  }

  /** The country's entities and practices; its practice lists are filled on the way. */
  static void register(Country c, EntityRegistry registry) {
    String code = c.code;
    String prefix = c.prefix;
    for (int i = 0; i < c.persons; i++) {
      String name = c.personName(i);
      // Sources transliterate differently and reorder names: both spellings resolve.
      String alias = c.family(i) + ", " + Country.GIVEN[i % Country.GIVEN.length];
      registry.add(EntityType.PERSON, new Entity(c.person(i), name, List.of(alias)));
    }
    for (int i = 0; i < c.laws; i++) {
      registry.add(
          EntityType.LAW,
          new Entity(
              c.law(i),
              code + " Criminal Code, Article " + (100 + i),
              List.of("Art. " + (100 + i) + " CC " + code)));
    }
    for (int i = 0; i < c.organisations; i++) {
      registry.add(
          EntityType.ORGANISATION,
          new Entity(c.organisation(i), code + " organisation " + i, List.of(code + "-ORG" + i)));
    }
    registry.add(
        EntityType.ORGANISATION,
        new Entity(c.delegation(), "EU Delegation to " + code, List.of("EUD " + code)));
    // The hierarchy of EU bodies: the delegation and two programmes act for body 1.
    registry.add(
        EntityType.ORGANISATION,
        new Entity(
            c.euBody(1), "EU", List.of(), List.of(c.delegation(), c.euBody(2), c.euBody(3))));
    for (int i = 1; i < Country.EU_BODIES; i++) {
      registry.add(
          EntityType.ORGANISATION,
          new Entity(c.euBody(i), "EU human rights programme " + i + " in " + code, List.of()));
    }
    for (int i = 0; i < Country.INTERNATIONAL_BODIES; i++) {
      registry.add(
          EntityType.ORGANISATION,
          new Entity(
              prefix + "-mission-" + i, "International mission " + i + " to " + code, List.of()));
    }
    for (int i = 0; i < Country.TREATIES; i++) {
      registry.add(
          EntityType.LAW,
          new Entity(
              prefix + "-treaty-" + i, "Treaty " + i + " (accession of " + code + ")", List.of()));
    }
    registerPractices(c, registry);
  }

  private static void registerPractices(Country c, EntityRegistry registry) {
    String prefix = c.prefix;
    for (int k = 0; k < c.laws / 4; k++) {
      Practice p =
          practice(
              prefix + "-prosecution-" + k,
              Set.of(EvidenceType.CONVICTION, EvidenceType.HARASSMENT, EvidenceType.DETENTION),
              List.of(c.law(2 * k), c.law(2 * k + 1)),
              List.of());
      registry.addPractice(p);
      c.practices.add(p.id());
    }
    Practice detained =
        practice(
            prefix + "-detained-under-law",
            Set.of(EvidenceType.DETENTION, EvidenceType.RELEASE),
            List.of(c.law(0), c.law(1)),
            List.of());
    Practice crackdown =
        practice(
            prefix + "-crackdown",
            Set.of(EvidenceType.HARASSMENT, EvidenceType.DETENTION, EvidenceType.CONVICTION),
            List.of(),
            List.of(c.organisation(0), c.organisation(1), c.organisation(2)));
    Practice pressure =
        practice(
            prefix + "-financial-pressure",
            Set.of(EvidenceType.HARASSMENT, EvidenceType.MEASURE_REVOKED),
            List.of(c.law(c.laws - 1)),
            List.of(c.organisation(3), c.organisation(4)));
    for (Practice p : List.of(detained, crackdown, pressure)) {
      registry.addPractice(p);
      c.practices.add(p.id());
    }
    SHARED_PRACTICES.forEach(p -> c.broadPractices.add(p.id()));
  }

  private static Practice practice(
      String id, Set<EvidenceType> types, List<String> laws, List<String> organisations) {
    return new Practice(
        id, id.replace('-', ' '), List.of(), new LinkedHashSet<>(types), laws, organisations);
  }
}
