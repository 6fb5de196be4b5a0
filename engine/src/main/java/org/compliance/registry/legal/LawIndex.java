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
 */
public final class LawIndex {

  /** How sure a reference naming no code is of the code: it is a suggestion, not a link. */
  static final double NO_CODE = 0.9;

  private final Map<String, Set<String>> articles = new HashMap<>();
  private final Map<String, Set<String>> members = new HashMap<>();

  /** Registers one spelling of a law; spellings that are not article references are ignored. */
  public void add(String id, String text) {
    List<LegalReference> refs = LegalReference.parse(text);
    if (refs.size() != 1 || refs.get(0).code() == null) {
      return;
    }
    LegalReference r = refs.get(0);
    articles.computeIfAbsent(key(r.code(), r.article()), k -> new LinkedHashSet<>()).add(id);
    if (!r.article().equals(r.baseArticle())) {
      members.computeIfAbsent(key(r.code(), r.baseArticle()), k -> new LinkedHashSet<>()).add(id);
    }
  }

  /**
   * What a text resolves to when it is a legal reference; null when it is not one (the caller then
   * matches it as a name).
   */
  public NameMatch match(String text, Function<String, String> names) {
    List<LegalReference> refs = LegalReference.parse(text);
    if (refs.isEmpty()) {
      return null;
    }
    Set<String> ids = new LinkedHashSet<>();
    List<Candidate> suggestions = new ArrayList<>();
    for (LegalReference r : refs) {
      if (r.code() != null) {
        ids.addAll(find(r.code(), r.article()));
        continue;
      }
      for (LegalCode code : LegalCode.values()) {
        for (String id : find(code, r.article())) {
          suggestions.add(new Candidate(id, names.apply(id), NO_CODE, text));
        }
      }
    }
    return new NameMatch(
        text, EntityType.LAW, List.copyOf(ids), ids.isEmpty() ? suggestions : List.of());
  }

  private Set<String> find(LegalCode code, String article) {
    Set<String> exact = articles.get(key(code, article));
    return exact != null ? exact : members.getOrDefault(key(code, article), Set.of());
  }

  private static String key(LegalCode code, String article) {
    return code.name() + ':' + article;
  }
}
