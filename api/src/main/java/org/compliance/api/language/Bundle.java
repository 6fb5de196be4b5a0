package org.compliance.api.language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One family of texts (a {@code .properties} bundle and its translations) in one language, with no
 * fallback to the machine's language: English is the base bundle. A text with arguments is a {@link
 * MessageFormat} pattern ({0}, and '' for an apostrophe), as in Spring's messages; a text without
 * is taken as written.
 */
public final class Bundle {

  private final Locale locale;
  private final ResourceBundle texts;

  private Bundle(String baseName, Locale locale) {
    this.locale = locale == null ? Locale.ENGLISH : locale;
    this.texts =
        ResourceBundle.getBundle(
            baseName,
            this.locale,
            Bundle.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The family {@code baseName} ("org.compliance.api.assessment.csv") in {@code locale}. */
  public static Bundle of(String baseName, Locale locale) {
    return new Bundle(baseName, locale);
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key} with {@code args}; the key itself when the family lacks it. */
  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = texts.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
