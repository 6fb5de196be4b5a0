package org.compliance.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.AddresseeGroup;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.RecommendationOrigin;
import org.compliance.catalogue.Recurrence;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.TargetType;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static final List<Class<? extends Enum<?>>> VOCABULARIES =
      List.of(
          AddresseeGroup.class,
          Addressee.class,
          RecommendationOrigin.class,
          Theme.class,
          RequirementKind.class,
          EngagementSubject.class,
          Recurrence.class,
          TargetType.class,
          EvidenceType.class,
          Qualifier.class,
          ReviewStatus.class,
          RecommendationStatus.class,
          RequirementStatus.class,
          Finding.Effect.class);

  @Test
  void everyCodeHasAnEnglishAndARussianLabel() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
      ResourceBundle bundle = ResourceBundle.getBundle(Labels.BUNDLE, locale);
      for (Class<? extends Enum<?>> vocabulary : VOCABULARIES) {
        for (Enum<?> code : vocabulary.getEnumConstants()) {
          String key = Labels.key(code);
          assertEquals(true, bundle.containsKey(key), "no label for " + key + " in " + locale);
          assertNotEquals(code.name(), Labels.of(code, locale));
        }
      }
    }
  }

  @Test
  void russianLabelsAreRussian() {
    assertEquals(
        "Не выполнена", Labels.of(RecommendationStatus.NOT_FULFILLED, Locale.forLanguageTag("ru")));
    assertEquals("Not fulfilled", Labels.of(RecommendationStatus.NOT_FULFILLED));
  }

  @Test
  void everyAddresseeBelongsToAGroup() {
    assertEquals(AddresseeGroup.STATE, Addressee.STATE_AUTHORITIES.group());
    assertEquals(AddresseeGroup.EU_INSTITUTIONS, Addressee.EU_DELEGATION.group());
    assertEquals(
        AddresseeGroup.INTERNATIONAL_BODIES, Addressee.INTERNATIONAL_ORGANISATIONS.group());
  }
}
