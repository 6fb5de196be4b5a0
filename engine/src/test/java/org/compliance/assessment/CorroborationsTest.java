package org.compliance.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.Source;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.SourceKind;
import org.compliance.scorecard.Corroboration;
import org.junit.jupiter.api.Test;

/** Which sources say the same as an item: each case changes one thing and sees the count move. */
class CorroborationsTest {

  private final EntityRegistry registry = registry();

  private static EntityRegistry registry() {
    EntityRegistry r = new EntityRegistry();
    r.add(
        EntityType.PERSON,
        new Entity("yerimbetov", "Iskander Yerimbetov", List.of("Искандер Еримбетов"), null, null));
    r.add(
        EntityType.ORGANISATION,
        new Entity(
            "mfa-kz",
            "Ministry of Foreign Affairs of Kazakhstan",
            null,
            null,
            SourceKind.STATE_AUTHORITY));
    r.add(
        EntityType.ORGANISATION,
        new Entity(
            "hrw", "Human Rights Watch", List.of("HRW"), null, SourceKind.INDEPENDENT_MONITOR));
    return r;
  }

  private static EvidenceItem release(
      String id, String person, String day, String source, Qualifier... terms) {
    return new EvidenceItem(
        id,
        EvidenceType.RELEASE,
        PartialDate.parse(day),
        null,
        "released",
        "KZ",
        person == null ? List.of() : List.of(person),
        null,
        null,
        person == null ? 3 : null,
        Set.of(terms),
        null,
        new Source(source, "Report", null, day),
        null);
  }

  private List<Corroboration> of(EvidenceItem... items) {
    return Corroborations.of(List.of(items), List.of("a"), registry);
  }

  @Test
  void anotherSourceOnTheSameReleaseCorroboratesIt() {
    List<Corroboration> found =
        of(
            release(
                "a",
                "Iskander Yerimbetov",
                "2019-12-27",
                "Open Dialogue Foundation",
                Qualifier.PAROLE),
            release("b", "Искандер Еримбетов", "2020-01-10", "HRW", Qualifier.PAROLE));
    assertEquals(
        List.of(new Corroboration("a", 2, 2, List.of(new Corroboration.Report("b", true)))), found);
  }

  @Test
  void theSameSourceTwiceIsOneSource() {
    assertTrue(
        of(
                release("a", "Iskander Yerimbetov", "2019-12-27", "Human Rights Watch"),
                release("b", "Iskander Yerimbetov", "2019-12-28", "HRW"))
            .isEmpty());
  }

  @Test
  void otherTermsDoNotCorroborate() {
    assertTrue(
        of(
                release("a", "Iskander Yerimbetov", "2019-12-27", "HRW", Qualifier.UNCONDITIONAL),
                release("b", "Iskander Yerimbetov", "2019-12-27", "Reuters", Qualifier.PAROLE))
            .isEmpty());
  }

  @Test
  void aReleaseMonthsLaterIsAnotherEvent() {
    assertTrue(
        of(
                release("a", "Iskander Yerimbetov", "2019-12-27", "HRW"),
                release("b", "Iskander Yerimbetov", "2020-03-01", "Reuters"))
            .isEmpty());
  }

  @Test
  void theStatesOwnAuthorityIsASourceButNotAnIndependentOne() {
    List<Corroboration> found =
        of(
            release("a", "Iskander Yerimbetov", "2019-12-27", "HRW"),
            release(
                "b",
                "Iskander Yerimbetov",
                "2019-12-27",
                "Ministry of Foreign Affairs of Kazakhstan"));
    assertEquals(
        List.of(new Corroboration("a", 2, 1, List.of(new Corroboration.Report("b", false)))),
        found);
  }

  @Test
  void aReaderWhoMayNotSeeTheOtherItemIsToldOfNoOtherSource() {
    Corroboration c =
        of(
                release("a", "Iskander Yerimbetov", "2019-12-27", "HRW"),
                release("b", "Iskander Yerimbetov", "2019-12-27", "Reuters"),
                release(
                    "c",
                    "Iskander Yerimbetov",
                    "2019-12-28",
                    "Ministry of Foreign Affairs of Kazakhstan"))
            .get(0);
    assertEquals(3, c.sources());
    assertEquals(2, c.independent());
    assertEquals(
        new Corroboration("a", 2, 1, List.of(new Corroboration.Report("c", false))),
        c.onlyVisible(id -> !id.equals("b")).orElseThrow());
    assertTrue(c.onlyVisible(id -> id.equals("a")).isEmpty());
  }

  @Test
  void countsOfUnnamedPeopleAreNeverTheSameEvent() {
    assertTrue(
        of(release("a", null, "2019-12-27", "HRW"), release("b", null, "2019-12-27", "Reuters"))
            .isEmpty());
  }
}
