package org.compliance.registry.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name as people write it into comparison tokens: Latin letters (Cyrillic through ICU's BGN
 * romanisation, Kazakh letters first folded to their Russian-style readings), lower case, no
 * diacritics, and each word reduced to a skeleton on which the common romanisation variants agree
 * (Bokayev / Bokaev / Bokaiev, Yerzhan / Erzhan, Zh / J / Dzh, Kh / H, Max / Maks, Larissa /
 * Larisa).
 */
public final class NameKeys {

  /** Kazakh letters the Russian BGN table leaves alone, read as Kazakh names are romanised. */
  private static final String KAZAKH_RULES =
      "ә > а; Ә > А; ғ > г; Ғ > Г; қ > к; Қ > К; ң > н; Ң > Н; ө > о; Ө > О;"
          + " ұ > у; Ұ > У; ү > у; Ү > У; һ > х; Һ > Х; і > и; І > И;";

  private static final ThreadLocal<CompoundTransliterator> TO_LATIN =
      ThreadLocal.withInitial(
          () -> {
            Transliterator kazakh =
                Transliterator.createFromRules("kk-ru", KAZAKH_RULES, Transliterator.FORWARD);
            Transliterator bgn =
                Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
            return new CompoundTransliterator(kazakh, bgn);
          });

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`ʹʺʼ\\p{Lm}]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DOUBLES = Pattern.compile("([a-z])\\1+");

  /** Words that carry no identity in organisation and law names, in English and Russian. */
  public static final Set<String> STOPWORDS =
      Set.of(
          "of", "the", "to", "in", "for", "on", "and", "a", "an", "at", "s", "i", "v", "po", "o",
          "ob", "na", "de", "des", "la", "le");

  private NameKeys() {}

  /** Latin, lower-case, ASCII text, punctuation kept (initials need their dots). */
  public static String latin(String s) {
    String t = s;
    if (!isAscii(t)) {
      t = needsTransliteration(t) ? TO_LATIN.get().transliterate(t) : t;
      t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    }
    return APOSTROPHES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** The words of a name in Latin letters, before skeletons (for initials). */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : SEPARATORS.split(latin(s))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The skeleton of one Latin lower-case word. */
  public static String skeleton(String word) {
    String w = word.replace("x", "ks").replace("dzh", "j").replace("zh", "j").replace("dj", "j");
    w = w.replace("kh", "h").replace("gh", "g").replace("q", "k").replace("tch", "ch");
    w = w.replace("w", "v").replace("ou", "u").replace("yo", "e").replace('y', 'i');
    w = DOUBLES.matcher(w).replaceAll("$1");
    return w.replace("ie", "e");
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsTransliteration(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  /** Two transliterators in sequence (ICU's compound ids cannot mix rule-based ones in). */
  private record CompoundTransliterator(Transliterator first, Transliterator second) {
    String transliterate(String s) {
      return second.transliterate(first.transliterate(s));
    }
  }
}
