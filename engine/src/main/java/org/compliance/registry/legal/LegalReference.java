package org.compliance.registry.legal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to an article of a code, read by its structure rather than its wording: "Article 274
 * of the Criminal Code", "Art. 274 CC", "CC art. 274", "ст. 274 УК РК", "ч. 1 ст. 174 УК", "Article
 * 174 part 1", "Articles 174 and 274 of the CC", "174-бап". {@code code} is null when the text
 * names none of the country's codes (or the country has none); {@code part} when it names no part.
 */
public record LegalReference(LegalCode code, String article, String part) {

  private static final String NUMBER = "\\d+(?:-\\d+)?";
  private static final Pattern ARTICLE =
      Pattern.compile(
          "(?U)(?:\\barticles?|\\barts?|\\bст|\\bстат\\w*|\\bбап\\w*)\\.?\\s*(?:no\\.?\\s*)?"
              + "("
              + NUMBER
              + "(?:\\s*\\(\\d+\\))?(?:\\s*(?:,|and|и|&)\\s*"
              + NUMBER
              + ")*)");
  private static final Pattern KAZAKH_ARTICLE =
      Pattern.compile("(?U)(" + NUMBER + ")\\s*-?\\s*(?:бап\\w*|бабы\\w*)");
  private static final Pattern PART =
      Pattern.compile(
          "(?U)(?:\\bpart|\\bparagraph|\\bpara|\\bч|\\bчаст\\w*|\\bп|\\bпункт\\w*|\\bбөлі\\w*|§)"
              + "\\.?\\s*(\\d+)");
  private static final Pattern BRACKET_PART = Pattern.compile("\\d\\s*\\((\\d+)\\)");
  private static final Pattern ONE_NUMBER =
      Pattern.compile("(?<![\\d-])(" + NUMBER + ")(?![\\d-])");

  /**
   * The articles a text refers to (several for "Articles 174 and 274"), or none when it is not a
   * legal reference; the code is one of {@code codes}, the country's.
   */
  public static List<LegalReference> parse(String text, LegalCodes codes) {
    if (text == null) {
      return List.of();
    }
    String lower = text.toLowerCase(Locale.ROOT).replace('–', '-').replace('‑', '-');
    LegalCode code = codes.in(lower);
    String part = group(PART.matcher(lower));
    if (part == null) {
      part = group(BRACKET_PART.matcher(lower));
    }
    String numbers = group(ARTICLE.matcher(lower));
    if (numbers == null) {
      numbers = group(KAZAKH_ARTICLE.matcher(lower));
    }
    if (numbers == null && code != null) {
      numbers = lonelyNumber(lower);
    }
    if (numbers == null) {
      return List.of();
    }
    List<LegalReference> refs = new ArrayList<>();
    Matcher m = Pattern.compile(NUMBER + "(?!\\))").matcher(numbers.replaceAll("\\(\\d+\\)", ""));
    while (m.find()) {
      refs.add(new LegalReference(code, m.group(), part));
    }
    return List.copyOf(refs);
  }

  /** "CC 274", "УК РК 174": a code and one number, no article word. */
  private static String lonelyNumber(String lower) {
    Matcher m = ONE_NUMBER.matcher(lower);
    String found = m.find() ? m.group(1) : null;
    return found != null && !m.find() ? found : null;
  }

  private static String group(Matcher m) {
    return m.find() ? m.group(1) : null;
  }

  /** The article's group: "460" for "460-1". */
  public String baseArticle() {
    int dash = article.indexOf('-');
    return dash < 0 ? article : article.substring(0, dash);
  }
}
