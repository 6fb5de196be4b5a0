package org.compliance.api.problem;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The reason of a refusal in the reader's language (keys {@code problem.*} of messages.properties
 * and its translations), for checks that run outside Spring beans, such as the input rules every
 * door for evidence shares.
 */
public final class Refusals {

  private static final ResourceBundleMessageSource MESSAGES = messages();

  private Refusals() {}

  /** The text of {@code key} with its arguments, in the language of the current request. */
  public static String of(String key, Object... args) {
    return MESSAGES.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** As {@link #of}, in {@code locale} (for threads that are not the request's). */
  public static String in(java.util.Locale locale, String key, Object... args) {
    return MESSAGES.getMessage(key, args, locale);
  }

  /** As {@link #of}, or {@code otherwise} when the messages have no {@code key}. */
  public static String orElse(String key, String otherwise, Object... args) {
    return MESSAGES.getMessage(key, args, otherwise, LocaleContextHolder.getLocale());
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasename("messages");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false);
    m.setAlwaysUseMessageFormat(true);
    return m;
  }
}
