package org.compliance.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.evidence.Qualifier.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceValidatorTest {
  private static final LocalDate TODAY = LocalDate.of(2022, 6, 1);

  private static EvidenceItem item(EvidenceType type, Qualifier... qualifiers) {
    return new EvidenceItem(
        "e1",
        type,
        PartialDate.parse("2019-12-27"),
        null,
        "Iskander Yerimbetov released",
        "KZ",
        List.of("Iskander Yerimbetov"),
        null,
        null,
        null,
        Set.of(qualifiers),
        null,
        new Source("Open Dialogue Foundation", "Report", null, "2020-02"),
        null);
  }

  private static List<String> reasons(EvidenceItem item) {
    return EvidenceValidator.validate(item, TODAY, Locale.ENGLISH).stream()
        .peek(v -> assertThat(v.field()).isEqualTo("qualifiers"))
        .map(Violation::reason)
        .toList();
  }

  @Test
  void aPardonAlsoMarkedUnconditionalIsRefusedInPlainWords() {
    assertThat(reasons(item(EvidenceType.RELEASE, PARDON))).isEmpty();
    assertThat(reasons(item(EvidenceType.RELEASE, PARDON, UNCONDITIONAL)))
        .singleElement()
        .asString()
        .contains("'pardon' and 'unconditional' contradict each other")
        .doesNotContain("PARDON", "UNCONDITIONAL");
  }

  @Test
  void releaseTermsThatContradictEachOtherAreRefused() {
    for (Set<Qualifier> pair :
        List.of(
            Set.of(PAROLE, UNCONDITIONAL),
            Set.of(RESTRICTION_OF_LIBERTY, UNCONDITIONAL),
            Set.of(PAROLE, SENTENCE_SERVED),
            Set.of(PARDON, SENTENCE_SERVED),
            Set.of(HEALTH_GROUNDS, SENTENCE_SERVED),
            Set.of(PAROLE, PARDON))) {
      assertThat(reasons(item(EvidenceType.RELEASE, pair.toArray(Qualifier[]::new))))
          .as(pair.toString())
          .hasSize(1);
    }
  }

  @Test
  void termsThatCanGoTogetherAreAccepted() {
    // A pardon may commute the rest of a sentence to restriction of liberty; a release on health
    // grounds may come by parole or by pardon.
    assertThat(reasons(item(EvidenceType.RELEASE, PARDON, RESTRICTION_OF_LIBERTY))).isEmpty();
    assertThat(reasons(item(EvidenceType.RELEASE, HEALTH_GROUNDS, PAROLE))).isEmpty();
    assertThat(reasons(item(EvidenceType.RELEASE, HEALTH_GROUNDS, PARDON))).isEmpty();
    assertThat(reasons(item(EvidenceType.DETENTION, PRE_TRIAL, HOUSE_ARREST, ONGOING))).isEmpty();
    assertThat(reasons(item(EvidenceType.DRAFT_LAW, RESTRICTIVE, FALLS_SHORT))).isEmpty();
  }

  @Test
  void otherContradictionsAreRefused() {
    assertThat(reasons(item(EvidenceType.DETENTION, ADMINISTRATIVE, PRE_TRIAL))).hasSize(1);
    assertThat(reasons(item(EvidenceType.LAW_AMENDED, IN_LINE_WITH_STANDARDS, FALLS_SHORT)))
        .hasSize(1);
    assertThat(
            reasons(
                item(
                    EvidenceType.LAW_REPEALED,
                    IN_LINE_WITH_STANDARDS,
                    ADMINISTRATIVE_PENALTY_KEPT)))
        .hasSize(1);
    assertThat(reasons(item(EvidenceType.ENGAGEMENT, CONCERNS_RAISED, CONCERNS_NOT_RAISED)))
        .hasSize(1);
  }

  @Test
  void whatAnEngagementWasAboutIsAcceptedOnEngagementsOnly() {
    assertThat(reasons(item(EvidenceType.ENGAGEMENT, TRIAL_MONITORING, CONCERNS_RAISED))).isEmpty();
    assertThat(reasons(item(EvidenceType.ENGAGEMENT, PUBLIC_STATEMENT, HIGH_LEVEL_DIALOGUE)))
        .isEmpty();
    assertThat(reasons(item(EvidenceType.RELEASE, TRIAL_MONITORING)))
        .containsExactly(
            "'attending trials (trial monitoring)' does not apply to an item of type 'Release'; it"
                + " applies to: engagement by an international body");
  }

  @Test
  void aQualifierOfAnotherTypeIsRefusedWithLabelsNotCodes() {
    assertThat(reasons(item(EvidenceType.DETENTION, PAROLE)))
        .containsExactly(
            "'on parole' does not apply to an item of type 'Detention'; it applies to: release");
    assertThat(reasons(item(EvidenceType.LAW_REPEALED, ADMINISTRATIVE_PENALTY_KEPT))).isEmpty();
    assertThat(reasons(item(EvidenceType.RELEASE, ADMINISTRATIVE_PENALTY_KEPT))).hasSize(1);
  }

  @Test
  void aCountryIsAnIsoCode() {
    EvidenceItem kz = item(EvidenceType.RELEASE);
    assertThat(EvidenceValidator.validate(kz, TODAY, Locale.ENGLISH)).isEmpty();
    for (String notACountry : List.of("XX", "kz", "KAZ", "AA")) {
      EvidenceItem other =
          new EvidenceItem(
              "e1",
              EvidenceType.RELEASE,
              kz.date(),
              null,
              kz.summary(),
              notACountry,
              kz.persons(),
              null,
              null,
              null,
              Set.of(),
              null,
              kz.source(),
              null);
      assertThat(EvidenceValidator.validate(other, TODAY, Locale.ENGLISH))
          .as(notACountry)
          .singleElement()
          .satisfies(v -> assertThat(v.field()).isEqualTo("country"))
          .satisfies(v -> assertThat(v.reason()).contains("ISO 3166", notACountry));
    }
  }

  @Test
  void aRussianOrKazakhSenderReadsTheReasonInTheirLanguage() {
    EvidenceItem item = item(EvidenceType.RELEASE, PARDON, UNCONDITIONAL, PRE_TRIAL);
    for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"))) {
      assertThat(EvidenceValidator.validate(item, TODAY, locale))
          .hasSize(2)
          .allSatisfy(
              v -> assertThat(v.reason()).as(locale.toString()).doesNotContainPattern("[A-Za-z]"));
    }
  }

  @Test
  void everyRefusalIsWordedInEveryLanguage() {
    Set<String> english = keys(Locale.ENGLISH);
    assertThat(english).containsAll(QualifierConflicts.keys());
    for (String language : List.of("ru", "kk")) {
      assertThat(keys(Locale.forLanguageTag(language))).as(language).isEqualTo(english);
    }
  }

  /** The keys of one language's own file, without falling back to English. */
  private static Set<String> keys(Locale locale) {
    String suffix = locale.equals(Locale.ENGLISH) ? "" : "_" + locale.getLanguage();
    try (var in =
        EvidenceValidatorTest.class.getResourceAsStream(
            "/org/compliance/labels/refusals" + suffix + ".properties")) {
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      return p.stringPropertyNames();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
