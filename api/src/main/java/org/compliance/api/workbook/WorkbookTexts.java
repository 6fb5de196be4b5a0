package org.compliance.api.workbook;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.compliance.labels.Labels;

/**
 * What the workbook says, in the reader's language: codes through {@link Labels} (the one source
 * the web pages share), and the workbook's own headings and sentences from {@code
 * workbook[_ru].properties} next to this class.
 */
final class WorkbookTexts {

  private static final String BUNDLE = "org.compliance.api.workbook.workbook";

  private final Locale locale;
  private final ResourceBundle texts;

  WorkbookTexts(Locale locale) {
    this.locale = locale == null ? Locale.ENGLISH : locale;
    this.texts =
        ResourceBundle.getBundle(
            BUNDLE,
            this.locale,
            WorkbookTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Locale locale() {
    return locale;
  }

  /** The label of a code; null stays null (a blank cell). */
  String of(Enum<?> code) {
    return code == null ? null : Labels.of(code, locale);
  }

  /** A recommendation's status in words after its sign ("✔ Fulfilled"), for print in grey. */
  String status(org.compliance.scorecard.RecommendationStatus status) {
    return status == null ? null : Styles.SIGNS.get(status) + " " + of(status);
  }

  /** Labels of several codes in their declared order, separated by "; ". */
  String of(Collection<? extends Enum<?>> codes) {
    return codes.stream()
        .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
        .map(this::of)
        .collect(Collectors.joining("; "));
  }

  /** A heading or sentence of the workbook; {@code args} fill {0}, {1}... */
  String text(String key, Object... args) {
    String pattern;
    try {
      pattern = texts.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    for (int i = 0; i < args.length; i++) {
      pattern = pattern.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return pattern;
  }
}
