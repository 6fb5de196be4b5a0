package org.compliance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.compliance.catalogue.RecommendationOrigin;
import org.compliance.catalogue.Theme;
import org.junit.jupiter.api.Test;

class BundlesTest {
  private static final String DOCUMENT =
      """
      "document": {"id": "d", "title": "t", "body": "b", "procedure": "p",
                   "adopted": "2021-02-11", "country": "KZ"},
      """;

  private static Bundles.Loaded load(String json) {
    return Bundles.assemble(
        List.of(Bundles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void readsTheAdditiveCatalogueFields() {
    Bundles.Loaded loaded =
        load(
            "{"
                + DOCUMENT
                + """
                "entities": {
                  "persons": [{"id": "p1", "name": "Person One"}],
                  "laws": [{"id": "a1", "name": "Article 1"}, {"id": "a2", "name": "Article 2"},
                           {"id": "g", "name": "Articles 1 and 2", "members": ["a1", "a2"]}]},
                "recommendations": [
                  {"id": "r1", "document": "d", "paragraph": "9", "text": "concern",
                   "addressee": "STATE_AUTHORITIES", "weight": 0.5, "implicit": true,
                   "requirements": [{"id": "r1-a", "kind": "REPEAL_LAW", "text": "repeal",
                     "targets": [{"type": "LAW", "ref": "g"}], "paragraph": "8"}]},
                  {"id": "r2", "document": "d", "paragraph": "1", "text": "ask",
                   "addressee": "STATE_AUTHORITIES", "origin": "NGO_REPORT",
                   "ngoReportSection": "3"}],
                "politicalPrisoners": [
                  {"person": "p1", "date": "2021-02-11", "document": "d", "paragraph": "3"}]
                }""");
    var registry = loaded.catalogue().registry();
    assertThat(registry.members("g")).containsExactly("a1", "a2");
    assertThat(registry.members("a1")).isEmpty();
    var r1 = loaded.catalogue().recommendations().get(0);
    assertThat(r1.implicit()).isTrue();
    assertThat(r1.origin()).isEqualTo(RecommendationOrigin.RESOLUTION);
    assertThat(r1.requirements().get(0).paragraph()).isEqualTo("8");
    var r2 = loaded.catalogue().recommendations().get(1);
    assertThat(r2.inNgoReport()).isTrue();
    assertThat(r2.implicit()).isFalse();
    assertThat(r2.weight()).isEqualTo(1.0);
    assertThat(registry.isPoliticalPrisoner("p1", LocalDate.of(2021, 2, 11))).isTrue();
    assertThat(registry.isPoliticalPrisoner("p1", LocalDate.of(2021, 2, 10))).isFalse();
  }

  @Test
  void refusesUnknownMembersAndListingsOfUnknownPeople() {
    assertThatThrownBy(
            () ->
                load(
                    "{"
                        + DOCUMENT
                        + """
                        "entities": {"laws": [{"id": "g", "name": "Group", "members": ["nope"]}]},
                        "politicalPrisoners": [{"person": "ghost", "date": "2020-02",
                          "source": {"organisation": "o", "title": "t"}}]}"""))
        .hasMessageContaining("law g: member 'nope' is not another known law")
        .hasMessageContaining("political prisoner listing of 'ghost': not a person");
  }

  @Test
  void anAskBearsOnItsOwnThemesOrElseOnAllOfItsRecommendations() {
    String recommendation =
        """
        "entities": {"persons": [{"id": "p1", "name": "Person One"}]},
        "recommendations": [
          {"id": "r1", "document": "d", "paragraph": "5", "text": "release; investigate torture",
           "addressee": "STATE_AUTHORITIES", "themes": ["POLITICAL_PRISONERS", "TORTURE"],
           "requirements": [
             {"id": "r1-a", "kind": "RELEASE", "text": "release",
              "targets": [{"type": "PERSON", "ref": "p1"}], "themes": [%s]},
             {"id": "r1-b", "kind": "INVESTIGATE", "text": "investigate",
              "targets": [{"type": "PERSON", "ref": "p1"}]}]}]}""";
    var r1 =
        load("{" + DOCUMENT + recommendation.formatted("\"POLITICAL_PRISONERS\""))
            .catalogue()
            .recommendations()
            .get(0);
    assertThat(r1.requirements().get(0).themes()).containsExactly(Theme.POLITICAL_PRISONERS);
    assertThat(r1.requirements().get(1).themes())
        .containsExactlyInAnyOrder(Theme.POLITICAL_PRISONERS, Theme.TORTURE);

    assertThatThrownBy(() -> load("{" + DOCUMENT + recommendation.formatted("\"ELECTIONS\"")))
        .hasMessageContaining("r1-a: themes [ELECTIONS] are not among its recommendation's themes");
  }

  @Test
  void anUnverifiedListDoesNotIdentifyAnyone() {
    Bundles.Loaded loaded =
        load(
            "{"
                + DOCUMENT
                + """
                "entities": {"persons": [{"id": "p1", "name": "Person One"}]},
                "politicalPrisoners": [{"person": "p1", "date": "2020-02",
                  "source": {"organisation": "o", "title": "t"}, "verified": false}]}""");
    assertThat(loaded.catalogue().registry().isPoliticalPrisoner("p1", LocalDate.of(2022, 1, 1)))
        .isFalse();
  }
}
