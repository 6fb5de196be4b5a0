package org.compliance.api.web.evidence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityType;
import org.springframework.stereotype.Component;

/**
 * Known persons, laws and organisations close to what the user is typing: same letters in any case
 * and accent, a few typing mistakes, or Russian spelling (transliterated to Latin before
 * comparing). A stop-gap on the catalogue's registry until the names service (GET /api/entities) is
 * merged.
 */
@Component
public class NameSuggestions {

  private static final int MAX = 8;
  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіқңғүұһөә";
  private static final String[] LATIN = {
    "a", "b", "v", "g", "d", "ye", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "k", "n",
    "g", "u", "u", "h", "o", "a"
  };

  private final CatalogueStore catalogue;

  public NameSuggestions(CatalogueStore catalogue) {
    this.catalogue = catalogue;
  }

  /** Display names of the entities of this type that best match {@code typed}. */
  public List<String> suggest(EntityType type, String typed) {
    String q = plain(typed);
    if (q.length() < 2) {
      return List.of();
    }
    Map<String, Integer> best = new LinkedHashMap<>();
    for (Entity e : catalogue.catalogue().registry().all(type)) {
      List<String> names = new ArrayList<>(e.aliases());
      names.add(0, e.name());
      for (String name : names) {
        int d = distance(q, plain(name));
        if (d <= Math.max(1, q.length() / 4)) {
          best.merge(e.name(), d, Math::min);
        }
      }
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .limit(MAX)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** 0 when the name contains what was typed; otherwise the edits to its closest stretch. */
  static int distance(String q, String name) {
    if (name.contains(q)) {
      return 0;
    }
    int best = Integer.MAX_VALUE;
    for (String word : List.of(name, name.substring(0, Math.min(name.length(), q.length())))) {
      best = Math.min(best, levenshtein(q, word));
    }
    return best;
  }

  private static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Lower case, no accents, Cyrillic in Latin letters, punctuation as single spaces. */
  static String plain(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder latin = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      int i = CYRILLIC.indexOf(c);
      latin.append(i >= 0 ? LATIN[i] : String.valueOf(c));
    }
    String bare = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
