package org.compliance.labels;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words for people in place of codes: every closed vocabulary (statuses, addressees, themes,
 * requirement kinds, evidence types, qualifiers) has its label here, in English and Russian, so the
 * web pages, the workbooks and the explanations say the same thing. Keys are {@code
 * EnumSimpleName.CONSTANT} in {@code labels.properties}; Spring's message source reads the same
 * bundle ({@code org/compliance/labels/labels}).
 */
public final class Labels {
  public static final String BUNDLE = "org.compliance.labels.labels";

  private Labels() {}

  /** The label of a code in English. */
  public static String of(Enum<?> code) {
    return of(code, Locale.ENGLISH);
  }

  /** The label of a code in the reader's language (English where no translation exists). */
  public static String of(Enum<?> code, Locale locale) {
    if (code == null) {
      return "";
    }
    return text(key(code), locale);
  }

  /** The bundle key of a code: {@code RecommendationStatus.NOT_FULFILLED}. */
  public static String key(Enum<?> code) {
    return code.getDeclaringClass().getSimpleName() + "." + code.name();
  }

  /** Any label of the bundle by its key; the key itself when the bundle lacks it. */
  public static String text(String key, Locale locale) {
    try {
      // No fallback to the machine's locale: English is the base bundle, whatever the server runs
      // in.
      return ResourceBundle.getBundle(
              BUNDLE,
              locale,
              Labels.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
