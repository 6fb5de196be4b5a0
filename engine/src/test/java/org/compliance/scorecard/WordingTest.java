package org.compliance.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.compliance.evidence.Qualifier;
import org.compliance.labels.Reasons;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Wordings as stored (keys and arguments) and as read (rendered in the reader's language). */
class WordingTest {

  private final JsonMapper json = JsonMapper.builder().build();

  private static Wording conflict() {
    Wording release = Wording.of("item.dated", "summary", "Released", "when", "2020-01-02");
    Wording held =
        Wording.of(
                "item.dated",
                "summary",
                "Still held",
                "when",
                Wording.of("when.range", "from", "2020-01", "to", "2020-03"))
            .about("e2");
    return Wording.of("conflicts.release-decides", "release", release.about("e1"), "held", held);
  }

  @Test
  void argumentsAreRenderedAsTextsLabelsAndWordings() {
    assertThat(Reasons.english(conflict()))
        .isEqualTo(
            "conflicting sources, for an officer to check: Released (2020-01-02) says released;"
                + " Still held (2020-01 to 2020-03) says still held. The later, more specific report"
                + " of the release decides.");
    Wording terms =
        Wording.of(
            "release.member.released",
            "terms",
            List.of(Qualifier.HEALTH_GROUNDS, Qualifier.PAROLE),
            "when",
            "2019");
    // Codes in their order, each by its label.
    assertThat(Reasons.english(terms)).isEqualTo("released (on parole, on health grounds; 2019)");
    assertThat(Reasons.render(terms, Locale.forLanguageTag("ru"))).doesNotContain("parole");
  }

  @Test
  void aStoredWordingReadsBackTheSame() {
    Wording w = conflict();
    Wording back = json.readValue(json.writeValueAsString(w), Wording.class);
    assertThat(back).isEqualTo(w);
    assertThat(json.writeValueAsString(w)).doesNotContain("officer");
  }

  @Test
  void aFindingStoredAsTextBeforeWordingsHadKeysStillReads() {
    Finding old =
        json.readValue(
            "{\"requirement\":\"r1-a\",\"rule\":\"n\",\"effect\":\"NOTE\",\"evidenceIds\":[\"e1\"],"
                + "\"explanation\":\"released on parole\"}",
            Finding.class);
    assertThat(old.explanation(Locale.ENGLISH)).isEqualTo("released on parole");
    assertThat(Reasons.render(old.wording(), Locale.forLanguageTag("ru")))
        .isEqualTo("released on parole");
  }

  @Test
  void aPartAboutAnItemTheReaderMayNotSeeIsReplaced() {
    Wording hidden = Wording.of("hidden.all");
    Wording seen = conflict().redact(id -> !id.equals("e2"), hidden);
    assertThat(Reasons.english(seen))
        .contains("Released (2020-01-02) says released; based on evidence you cannot see says");
    assertThat(seen.contains(hidden)).isTrue();
    // Nothing hidden: the very same wording.
    Wording all = conflict();
    assertThat(all.redact(id -> true, hidden)).isSameAs(all);
  }
}
