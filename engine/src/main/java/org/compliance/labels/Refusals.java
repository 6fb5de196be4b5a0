package org.compliance.labels;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why the engine refuses a submission, in the sender's language: the {@code refusals} bundles
 * (MessageFormat patterns, so a quote is written twice). The service's own refusals live in its
 * {@code messages} bundles; these are the ones the domain rules give.
 */
public final class Refusals {
  public static final String BUNDLE = "org.compliance.labels.refusals";

  private Refusals() {}

  /** The text of {@code key} with its arguments in {@code locale}; English where untranslated. */
  public static String of(Locale locale, String key, Object... args) {
    return new MessageFormat(pattern(key, locale), locale).format(args);
  }

  private static String pattern(String key, Locale locale) {
    try {
      return bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no refusal wording '" + key + "'", e);
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    // No fallback to the machine's locale: English is the base bundle.
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        Refusals.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
