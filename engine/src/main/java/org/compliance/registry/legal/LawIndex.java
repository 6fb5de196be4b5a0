package org.compliance.registry.legal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.compliance.registry.EntityType;
import org.compliance.registry.names.Candidate;
import org.compliance.registry.names.NameMatch;

/**
 * Laws that are articles of a code, keyed by (code, article) read from their registered names, so
 * that any wording of a reference finds them. A reference to an article the catalogue splits
 * ("Article 460" when it has 460-1 and 460-2) links all its member provisions.
 *
 * <p>Codes are a country's: a law is read with the codes of the country it is seen from, so "ст.
 * 174 УК" seen from one country never finds another country's Article 174. An index for one country
 * ({@code country} set) reads references with that country's codes; the whole registry's (no
 * country) reads them with the codes of every country its laws belong to and answers what any of
 * them finds (an ambiguity, not a link, when two countries have the article).
 */
public final class LawIndex {

  /** How sure a reference naming no code is of the code: it is a suggestion, not a link. */
  static final double NO_CODE = 0.9;

  private final Function<String, LegalCodes> codesOf;
  private final String country;
  private final List<Spelling> spellings = new ArrayList<>();
  private final Map<String, Keys> byCountry = new HashMap<>();
  private final Set<String> countries = new LinkedHashSet<>();

  /** A registered spelling; {@code country} null: the law belongs to no one country. */
  private record Spelling(String id, String country, String text) {}

  /**
   * @param codesOf each country's codes (its country file)
   * @param country the country the index is seen from, or null for every country its laws name
   */
  public LawIndex(Function<String, LegalCodes> codesOf, String country) {
    this.codesOf = codesOf;
    this.country = country;
    if (country != null) {
      countries.add(country);
    }
  }

  /**
   * Registers one spelling of a law of {@code lawCountry} (null or not an ISO code: of no one
   * country, read with the codes of the country looking); spellings that are not article references
   * are ignored.
   */
  public void add(String id, String lawCountry, String text) {
    Spelling s = new Spelling(id, national(lawCountry), text);
    spellings.add(s);
    if (country == null && s.country() != null) {
      countries.add(s.country());
    }
    byCountry.forEach((k, keys) -> keys.add(s));
  }

  /**
   * What a text resolves to when it is a legal reference; null when it is not one (the caller then
   * matches it as a name).
   */
  public NameMatch match(String text, Function<String, String> names) {
    boolean reference = false;
    Set<String> ids = new LinkedHashSet<>();
    List<Candidate> suggestions = new ArrayList<>();
    for (String k : countries) {
      Keys keys = keys(k);
      List<LegalReference> refs = LegalReference.parse(text, keys.codes);
      reference |= !refs.isEmpty();
      for (LegalReference r : refs) {
        if (r.code() != null) {
          ids.addAll(keys.find(r.code(), r.article()));
          continue;
        }
        for (LegalCode code : keys.codes.codes()) {
          for (String id : keys.find(code, r.article())) {
            suggestions.add(new Candidate(id, names.apply(id), NO_CODE, text));
          }
        }
      }
    }
    if (!reference) {
      return null;
    }
    return new NameMatch(
        text, EntityType.LAW, List.copyOf(ids), ids.isEmpty() ? suggestions : List.of());
  }

  /** The countries whose codes references are read with. */
  public Set<String> countries() {
    return Set.copyOf(countries);
  }

  private Keys keys(String k) {
    return byCountry.computeIfAbsent(
        k,
        c -> {
          Keys keys = new Keys(c, codesOf.apply(c));
          spellings.forEach(keys::add);
          return keys;
        });
  }

  /** Laws of no one country carry a word ("international") or nothing in place of a code. */
  private static String national(String lawCountry) {
    return lawCountry != null && lawCountry.length() == 2 ? lawCountry : null;
  }

  /** The articles of one country's codes, read from the laws seen from it. */
  private static final class Keys {
    private final String country;
    private final LegalCodes codes;
    private final Map<String, Set<String>> articles = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();

    Keys(String country, LegalCodes codes) {
      this.country = country;
      this.codes = codes;
    }

    void add(Spelling s) {
      if (s.country() != null && !s.country().equals(country)) {
        return;
      }
      List<LegalReference> refs = LegalReference.parse(s.text(), codes);
      if (refs.size() != 1 || refs.get(0).code() == null) {
        return;
      }
      LegalReference r = refs.get(0);
      articles.computeIfAbsent(key(r.code(), r.article()), k -> new LinkedHashSet<>()).add(s.id());
      if (!r.article().equals(r.baseArticle())) {
        members
            .computeIfAbsent(key(r.code(), r.baseArticle()), k -> new LinkedHashSet<>())
            .add(s.id());
      }
    }

    Set<String> find(LegalCode code, String article) {
      Set<String> exact = articles.get(key(code, article));
      return exact != null ? exact : members.getOrDefault(key(code, article), Set.of());
    }

    private static String key(LegalCode code, String article) {
      return code.id() + ':' + article;
    }
  }
}
