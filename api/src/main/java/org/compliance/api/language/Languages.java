package org.compliance.api.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The languages the interface speaks: English (the base bundles) and every language that has a
 * {@code messages_xx.properties} on the class path, so adding a language takes only its bundles
 * (the bundle test checks that every family has them all). Pages, workbooks, the evidence template
 * and its import, the CSV and problem answers all choose from this one list.
 */
public final class Languages {

  private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

  private static final List<Locale> SUPPORTED = find();

  private Languages() {}

  /** English first, then the translations in the order of their language codes. */
  public static List<Locale> supported() {
    return SUPPORTED;
  }

  /** The language codes, such as {@code en, ru, kk}, for messages that name the choices. */
  public static String codes() {
    return SUPPORTED.stream().map(Locale::getLanguage).collect(Collectors.joining(", "));
  }

  /** The supported language a tag names ("ru", "ru-KZ", "KK"), if any. */
  public static Optional<Locale> find(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /** The supported language closest to {@code wanted}: the same language, else English. */
  public static Locale best(Locale wanted) {
    return wanted == null ? Locale.ENGLISH : find(wanted.toLanguageTag()).orElse(Locale.ENGLISH);
  }

  /** The first of the reader's languages (Accept-Language, in order) that is supported. */
  public static Locale best(List<Locale> wanted) {
    return wanted.stream()
        .map(l -> find(l.toLanguageTag()))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /**
   * The language of a download or an import: {@code lang} when given (a supported code, else the
   * request is refused naming the choices), else the reader's (Accept-Language, or the language
   * chosen on the pages). It becomes the language of the whole request, problem answers included.
   */
  public static Locale of(String lang) {
    Locale locale;
    if (lang == null || lang.isBlank()) {
      locale = best(LocaleContextHolder.getLocale());
    } else {
      locale =
          find(lang)
              .orElseThrow(
                  () -> ApiException.invalid("lang", Refusals.of("problem.lang", lang, codes())));
    }
    LocaleContextHolder.setLocale(locale);
    return locale;
  }

  private static List<Locale> find() {
    TreeSet<String> codes = new TreeSet<>();
    try {
      for (Resource r :
          new PathMatchingResourcePatternResolver(Languages.class.getClassLoader())
              .getResources("classpath*:messages_*.properties")) {
        Matcher m = BUNDLE.matcher(String.valueOf(r.getFilename()));
        if (m.matches()) {
          codes.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Locale> out = new ArrayList<>();
    out.add(Locale.ENGLISH);
    codes.stream().filter(c -> !c.equals("en")).map(Locale::forLanguageTag).forEach(out::add);
    return List.copyOf(out);
  }
}
