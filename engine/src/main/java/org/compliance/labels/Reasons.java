package org.compliance.labels;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.compliance.scorecard.Wording;

/**
 * Renders a {@link Wording} in the reader's language: its key names a text in the reasons bundle
 * ({@code org/compliance/labels/reasons.properties}, one file per language), in which {@code
 * {name}} stands for an argument. Arguments are shown as they are (texts), by their labels (codes),
 * or rendered in turn (wordings; a list joined with semicolons).
 */
public final class Reasons {
  public static final String BUNDLE = "org.compliance.labels.reasons";
  public static final String RULES = "org.compliance.labels.rules";

  private static final Map<String, List<String>> PLACEHOLDERS = new ConcurrentHashMap<>();

  private Reasons() {}

  public static String english(Wording w) {
    return render(w, Locale.ENGLISH);
  }

  public static String render(Wording w, Locale locale) {
    if (w == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(160);
    render(w, locale, out);
    return out.toString();
  }

  private static void render(Wording w, Locale locale, StringBuilder out) {
    if (w.key() == null) {
      Wording.Arg text = w.args().get("text");
      out.append(text == null ? "" : text.text());
      return;
    }
    String template;
    try {
      template = template(w.key(), locale);
    } catch (IllegalArgumentException e) {
      // A key this build no longer has (a stored assessment's): the key, not a failed page.
      out.append(w.key());
      return;
    }
    if (template.contains(", plural,")) {
      out.append(plural(template, w, locale));
      return;
    }
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      out.append(template, from, open);
      Wording.Arg arg = w.args().get(template.substring(open + 1, close));
      if (arg != null) {
        render(arg, locale, out);
      }
      from = close + 1;
    }
    out.append(template, from, template.length());
  }

  /**
   * A text with plural forms ({@code {count, plural, one {# item} other {# items}}}), formatted by
   * ICU's MessageFormat with the language's plural rules (Russian has four forms); an argument that
   * is a whole number is passed as one, every other rendered as text.
   */
  private static String plural(String template, Wording w, Locale locale) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<String, Wording.Arg> e : w.args().entrySet()) {
      StringBuilder text = new StringBuilder();
      render(e.getValue(), locale, text);
      values.put(e.getKey(), WHOLE.matcher(text).matches() ? Long.valueOf(text.toString()) : text);
    }
    MessageFormat format =
        FORMATS.computeIfAbsent(
            locale.toLanguageTag() + '\u0000' + template,
            k -> new MessageFormat(template, ULocale.forLocale(locale)));
    // A format is not thread-safe; parsing one per text cost a what-if's answer a tenth of its
    // time.
    synchronized (format) {
      return format.format(values);
    }
  }

  // One parsed format per language and template: the bundles hold a few dozen plural texts.
  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");

  private static void render(Wording.Arg arg, Locale locale, StringBuilder out) {
    if (arg.text() != null) {
      out.append(arg.text());
    } else if (arg.wording() != null) {
      render(arg.wording(), locale, out);
    } else if (!arg.labels().isEmpty()) {
      for (int i = 0; i < arg.labels().size(); i++) {
        out.append(i == 0 ? "" : ", ").append(Labels.text(arg.labels().get(i), locale));
      }
    } else {
      for (int i = 0; i < arg.items().size(); i++) {
        if (i > 0) {
          out.append(arg.joiner() == null ? "; " : arg.joiner());
        }
        render(arg.items().get(i), locale, out);
      }
    }
  }

  /** The text of a wording key in the reader's language (English when the language lacks it). */
  public static String template(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(
              BUNDLE,
              locale,
              Reasons.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no wording with the key " + key, e);
    }
  }

  /**
   * A rule's name in the reader's language, by its stable id ({@code rules.properties}); the name
   * as stored when the id is unknown (a rule this build no longer has) or absent.
   */
  public static String ruleName(String ruleId, String stored, Locale locale) {
    if (ruleId == null) {
      return stored;
    }
    try {
      return ResourceBundle.getBundle(
              RULES,
              locale,
              Reasons.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(ruleId);
    } catch (MissingResourceException e) {
      return stored;
    }
  }

  /** Why a row of the methodology table says what it says, in the reader's language; "" if none. */
  public static String ruleWhy(String ruleId, Locale locale) {
    return ruleName(ruleId + ".why", "", locale);
  }

  /**
   * The names of the arguments a wording key's English text uses, in order (of a plural form, its
   * argument's name; the forms' own texts are not arguments).
   */
  public static List<String> placeholders(String key) {
    return PLACEHOLDERS.computeIfAbsent(
        key,
        k -> {
          String template = template(k, Locale.ENGLISH);
          List<String> names = new ArrayList<>();
          int depth = 0;
          for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && depth++ == 0) {
              int end = i + 1;
              while (end < template.length() && "},".indexOf(template.charAt(end)) < 0) {
                end++;
              }
              names.add(template.substring(i + 1, end).trim());
            } else if (c == '}') {
              depth--;
            }
          }
          return List.copyOf(names);
        });
  }
}
